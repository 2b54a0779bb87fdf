// Which events may be recorded next (the workbench offers only these): the life cycle's state rules
// (lifecycle.ts and the steps-*.ts) read from the facts an application view carries. The steps stay
// the authority; this only keeps officers from being offered what `apply` would refuse outright.
import type { IsoDate } from '../calendar/iso-date.js';
import { LAPSE_OUTCOMES } from './outcomes.js';
import type { Actor, Application, ApplicationEventType, ApplicationState } from './types.js';

export type NextEventFacts = Pick<Application, 'state' | 'outcome' | 'correction' | 'consultations' | 'extension' | 'fee'>;

const CONCLUDED: ReadonlySet<ApplicationState> = new Set(['decided', 'delivered', 'closed']);

/**
 * The events `actor` may record on `today` (or on a day before it), in the order of the life cycle.
 * Lapses are offered only once their period has ended by `today`; other date rules (events in date
 * order, an extension within the reply period) are left to `apply` and its Chinese message.
 */
export function nextEvents(app: NextEventFacts, actor: Actor, today: IsoDate): Exclude<ApplicationEventType, 'register'>[] {
  const out: Exclude<ApplicationEventType, 'register'>[] = [];
  const s = app.state;
  if (s === 'closed') return out;
  const open = !CONCLUDED.has(s);
  // 第三十条: once, first, before any consultation, extension or fee.
  if (s === 'registered' && app.correction === null && app.consultations.length === 0 && app.extension === null && app.fee === null) out.push('requestCorrection');
  if (s === 'awaitingCorrection' && app.correction) {
    out.push('receiveCorrection');
    if (today > app.correction.respondBy) out.push('correctionLapsed');
  }
  if (s === 'registered' || s === 'extended' || s === 'inConsultation') out.push('startConsultation');
  if (s === 'inConsultation' && app.consultations.some((c) => c.to === undefined)) out.push('endConsultation');
  if (open && app.extension === null && (s === 'registered' || s === 'inConsultation' || s === 'feePending')) out.push('requestExtension');
  const pending = open && app.extension !== null && app.extension.approvedOn === undefined ? app.extension : null;
  if (pending && actor.role === 'approver' && pending.requestedBy !== actor.id) out.push('approveExtension');
  if (pending && (actor.role === 'approver' || pending.requestedBy === actor.id)) out.push('rejectExtension');
  if (app.fee === null && (s === 'registered' || s === 'extended')) out.push('noticeFee');
  if (s === 'feePending' && app.fee) {
    // Payment may be recorded late, dated when it was made.
    out.push('payFee');
    if (today > app.fee.payBy) out.push('feeLapsed');
  }
  if (s === 'registered' || s === 'extended') out.push('decide');
  if (s === 'decided') out.push('deliver');
  // A lapse needs no delivery of a reply before it is archived.
  if (s === 'delivered' || (s === 'decided' && app.outcome !== null && LAPSE_OUTCOMES.includes(app.outcome))) out.push('close');
  return out;
}
