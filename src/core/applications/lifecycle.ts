// The life of an application as explicit states and events (条例第三十至三十六条):
//
//   (none)                ──register──────────────────────▶ registered
//   registered            ──requestCorrection─────────────▶ awaitingCorrection      (once, first: 第三十条)
//   awaitingCorrection    ──receiveCorrection─────────────▶ registered              (reply clock restarts)
//   awaitingCorrection    ──correctionLapsed──────────────▶ decided [otherNoCorrection]
//   registered | extended ──startConsultation─────────────▶ inConsultation          (clock stands still)
//   inConsultation        ──endConsultation (last open)───▶ registered | extended
//   registered            ──approveExtension──────────────▶ extended                (after requestExtension;
//                                                              approver ≠ requester; ≤ 20 working days, once)
//   registered | extended ──noticeFee─────────────────────▶ feePending
//   feePending            ──payFee────────────────────────▶ registered | extended
//   feePending            ──feeLapsed─────────────────────▶ decided [otherNoFee]
//   registered | extended ──decide(outcome)───────────────▶ decided
//   decided               ──deliver───────────────────────▶ delivered ──close──▶ closed
//   decided [lapse]       ──close─────────────────────────▶ closed
// requestExtension / approveExtension / rejectExtension are also allowed while inConsultation or
// feePending: the state stays, and processing resumes as `extended`.
//
// `apply` checks the event against the state and the statutory rules, returns the new application
// with its deadlines recomputed by the deadline engine, and the effects for the shell to carry out
// (history entry, letters, warnings). Errors are data with stable codes; nothing is thrown.
import { dateProblem } from '../deadlines/problems.js';
import { computeDeadlines } from './deadlines.js';
import { EVENT_LABELS, fail, outOfOrder } from './errors.js';
import { close, decide, deliver, register } from './steps-conclusion.js';
import { endConsultation, startConsultation } from './steps-consultation.js';
import { correctionLapsed, receiveCorrection, requestCorrection } from './steps-correction.js';
import { approveExtension, rejectExtension, requestExtension } from './steps-extension.js';
import { feeLapsed, noticeFee, payFee } from './steps-fee.js';
import type { Step } from './step.js';
import type { Application, ApplicationEvent, ApplyContext, ApplyResult, Effect } from './types.js';

function step(app: Application, event: Exclude<ApplicationEvent, { type: 'register' }>, ctx: ApplyContext): Step {
  switch (event.type) {
    case 'requestCorrection':
      return requestCorrection(app, event);
    case 'receiveCorrection':
      return receiveCorrection(app, event);
    case 'correctionLapsed':
      return correctionLapsed(app, event);
    case 'startConsultation':
      return startConsultation(app, event);
    case 'endConsultation':
      return endConsultation(app, event);
    case 'requestExtension':
      return requestExtension(app, event, ctx);
    case 'approveExtension':
      return approveExtension(app, event, ctx);
    case 'rejectExtension':
      return rejectExtension(app, event, ctx);
    case 'noticeFee':
      return noticeFee(app, event, ctx);
    case 'payFee':
      return payFee(app, event);
    case 'feeLapsed':
      return feeLapsed(app, event);
    case 'decide':
      return decide(app, event, ctx);
    case 'deliver':
      return deliver(app, event);
    case 'close':
      return close(app, event);
    default:
      return fail('EVENT_UNKNOWN', `未知的办理事件“${String((event as { type?: unknown }).type)}”。`);
  }
}

const warningKey = (w: { code: string; message: string }) => `${w.code}\u0000${w.message}`;

/** The new application with deadlines recomputed, and the effects with the history entry first. */
function finish(before: Application | null, next: Application, event: ApplicationEvent, ctx: ApplyContext, effects: Effect[]): ApplyResult {
  const d = computeDeadlines(ctx.calendar, next);
  if (!d.ok) return { ok: false, code: d.code, message: d.message };
  next.deadlines = d.deadlines;
  next.version = (before?.version ?? 0) + 1;
  if (event.type !== 'register') next.lastEventOn = event.on;
  const seen = new Set((before?.deadlines.warnings ?? []).map(warningKey));
  const fresh = d.deadlines.warnings.filter((w) => !seen.has(warningKey(w)));
  return {
    ok: true,
    application: next,
    effects: [
      { kind: 'history', event: structuredClone(event), by: ctx.actor.id, role: ctx.actor.role, at: ctx.now },
      ...effects,
      { kind: 'deadlines', deadlines: d.deadlines },
      ...fresh.map((w): Effect => ({ kind: 'warning', code: w.code, message: w.message })),
    ],
  };
}

/** Applies one event to an application (null before `register`). */
export function apply(application: Application | null, event: ApplicationEvent, context: ApplyContext): ApplyResult {
  if (event.type === 'register') {
    if (application !== null) return fail('APPLICATION_EXISTS', `申请“${application.id}”已经登记。`);
    const r = register(event);
    if (!r.ok) return r;
    return finish(null, r.application, event, context, []);
  }
  if (application === null) return fail('APPLICATION_MISSING', '申请尚未登记，请先登记申请。');
  if (!Object.hasOwn(EVENT_LABELS, event.type)) return fail('EVENT_UNKNOWN', `未知的办理事件“${String(event.type)}”。`);
  if (application.state === 'closed') return fail('APPLICATION_CLOSED', '申请已归档，不能再办理。');
  const label = EVENT_LABELS[event.type];
  const bad = dateProblem(event.on, 'on', `${label}日期`);
  if (bad) return { ok: false, code: bad.code, message: bad.message };
  if (event.on < application.lastEventOn) return outOfOrder(event.type, event.on, application.lastEventOn);
  const r = step(application, event, context);
  if (!r.ok) return r;
  return finish(application, r.next, event, context, r.effects);
}

/** Applies events in order, stopping at the first error (with the index of the event refused). */
export function replay(
  events: readonly ApplicationEvent[],
  context: ApplyContext | ((event: ApplicationEvent, index: number) => ApplyContext),
): { ok: true; application: Application | null } | { ok: false; index: number; code: string; message: string } {
  let app: Application | null = null;
  for (const [index, event] of events.entries()) {
    const ctx = typeof context === 'function' ? context(event, index) : context;
    const r = apply(app, event, ctx);
    if (!r.ok) return { ok: false, index, code: r.code, message: r.message };
    app = r.application;
  }
  return { ok: true, application: app };
}
