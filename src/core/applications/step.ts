// What every step of the life cycle shares: the result type, the state checks, concluding.
import { chineseDate, type IsoDate } from '../calendar/iso-date.js';
import { fail } from './errors.js';
import type { Outcome } from './outcomes.js';
import type { Application, ApplicationEvent, ApplicationState, ApplyError, Effect } from './types.js';

export type Step = { ok: true; next: Application; effects: Effect[] } | ApplyError;
export type EventOf<T extends ApplicationEvent['type']> = Extract<ApplicationEvent, { type: T }>;

export const LAW = '《中华人民共和国政府信息公开条例》';

const CONCLUDED: ReadonlySet<ApplicationState> = new Set(['decided', 'delivered', 'closed']);

export function alreadyDecided(app: Application): ApplyError | null {
  return CONCLUDED.has(app.state) ? fail('ALREADY_DECIDED', `该申请已于${chineseDate(app.concludedOn ?? app.lastEventOn)}办结，不能再办理。`) : null;
}

/** Where processing goes back to after waiting: the extended deadline once an extension is approved. */
export function processingState(app: Application): ApplicationState {
  return app.extension?.approvedOn !== undefined ? 'extended' : 'registered';
}

/** Trimmed text, or null when absent or blank (event fields come from outside). */
export function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function copy(app: Application): Application {
  return structuredClone(app);
}

export function conclude(next: Application, outcome: Outcome, on: IsoDate, by: string | null, basis: string): Step {
  next.state = 'decided';
  next.outcome = outcome;
  next.concludedOn = on;
  next.decidedBy = by;
  const letter = outcome === 'otherNoCorrection' || outcome === 'otherNoFee' ? 'terminationNotice' : 'reply';
  return { ok: true, next, effects: [{ kind: 'concluded', outcome, on }, { kind: 'letter', letter, basis }] };
}
