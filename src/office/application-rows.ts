// Between the domain's Application and its stored row. The row keeps the columns lists and counts
// need; `details.application` keeps the rest of the domain state. Personal identifiers (ID and phone
// numbers) never go into details or the history: they are sealed into their own columns.
import type { Application, ApplicationEvent } from '../core/applications/types.js';
import { maskIdNumber, maskPhone } from '../core/applications/identifiers.js';
import type { ApplicationChanges, ApplicationRow } from '../db/applications.repository.js';
import type { Secrets } from './secrets.js';

/** The domain state without personal identifiers. */
function storable(app: Application): Record<string, unknown> {
  const { idNumber: _id, phone: _phone, ...applicant } = app.applicant;
  return { ...app, applicant };
}

/** Row columns for the application's current state (identifiers only when `withIdentifiers`). */
export function rowChanges(app: Application, secrets: Secrets, withIdentifiers: boolean): ApplicationChanges {
  const changes: ApplicationChanges = {
    channel: app.channel,
    receivedOn: app.receivedOn,
    applicantType: app.applicantType,
    applicantName: app.applicant.name,
    contactAddress: app.applicant.address ?? null,
    contactEmail: app.applicant.email ?? null,
    requestedContent: app.content,
    requestedForm: app.requestedForm ?? null,
    state: app.state,
    outcome: app.outcome,
    concludedOn: app.concludedOn,
    replyDueOn: app.deadlines.replyDue,
    extendedDueOn: app.deadlines.extendedDue,
    details: { application: storable(app) },
  };
  if (!withIdentifiers) return changes;
  const { idNumber, phone } = app.applicant;
  changes.applicantIdNumber = idNumber ? { cipher: secrets.seal(idNumber), masked: maskIdNumber(idNumber) } : null;
  changes.applicantPhone = phone ? { cipher: secrets.seal(phone), masked: maskPhone(phone) } : null;
  changes.applicantKey = idNumber ? secrets.lookupKey(idNumber) : null;
  return changes;
}

/** The domain application stored in a row; null for an imported ledger row (figures only). */
export function applicationOf(row: ApplicationRow): Application | null {
  const stored = row.details['application'];
  if (row.source !== 'registered' || typeof stored !== 'object' || stored === null) return null;
  return { ...(stored as Application), version: row.version };
}

/** The event as kept in the history: the register event without personal identifiers. */
export function historyPayload(event: ApplicationEvent): Record<string, unknown> {
  if (event.type !== 'register') return { ...event };
  const { idNumber, phone, ...applicant } = event.applicant;
  return {
    ...event,
    applicant: { ...applicant, ...(idNumber ? { idNumber: maskIdNumber(idNumber) } : {}), ...(phone ? { phone: maskPhone(phone) } : {}) },
  };
}
