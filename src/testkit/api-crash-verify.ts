// Test support for the API crash tests: what the client was told (acknowledgements), and the checks
// of what a restarted server or the reopened database holds against it. Each check returns the
// problems it found, so a failure lists them all.
import type { Database } from '../db/db.js';
import type { Secrets } from '../office/secrets.js';

/** One event as sent to POST /api/applications/:id/events. */
export interface Step {
  type: string;
  on: string;
  [field: string]: unknown;
}

export interface AppAck {
  id: string;
  trackingCode: string;
  /** Reference number R<round>-W<worker>-S<seq>: who sent it (and the applicant's phone number). */
  reference: string;
  /** The history the client was told about, oldest first. */
  kinds: string[];
  /** An event sent and not answered when the server was killed: it may or may not be stored. */
  pending: Step | null;
}

export interface Acks {
  apps: Map<string, AppAck>;
  /** Reference numbers of registrations sent and not answered when the server was killed. */
  pendingRegistrations: Set<string>;
}

export const newAcks = (): Acks => ({ apps: new Map(), pendingRegistrations: new Set() });

const STATE_AFTER: Readonly<Record<string, string>> = {
  register: 'registered',
  requestCorrection: 'awaitingCorrection',
  receiveCorrection: 'registered',
  startConsultation: 'inConsultation',
  endConsultation: 'registered',
  decide: 'decided',
  deliver: 'delivered',
  close: 'closed',
};

/** The state an application of the crash tests' paths is in after these events. */
export function stateAfter(kinds: readonly string[]): string {
  return STATE_AFTER[kinds[kinds.length - 1] ?? ''] ?? `unknown after ${kinds.join(',')}`;
}

/** An application as a restarted server or the database shows it. */
export interface Stored {
  id: string;
  trackingCode: string;
  reference: string | null;
  version: number;
  state: string;
  outcome: string | null;
  concludedOn: string | null;
  /** Its history, oldest first. */
  kinds: string[];
  /** The decision event's outcome and day, when there is one. */
  decided: { outcome: string; on: string } | null;
}

/**
 * Every acknowledged registration is there with its tracking code, every acknowledged event is in
 * its history (plus at most the one event in flight), nothing else was added but registrations in
 * flight, and every application is whole: version = number of events, one 'register' first, the
 * state the last event leads to, outcome and conclusion day exactly when decided.
 */
export function problems(acks: Acks, stored: readonly Stored[]): string[] {
  const found: string[] = [];
  const byId = new Map(stored.map((s) => [s.id, s]));
  if (byId.size !== stored.length) found.push(`${stored.length - byId.size} applications listed twice`);
  for (const ack of acks.apps.values()) {
    const s = byId.get(ack.id);
    if (!s) {
      found.push(`${ack.reference}: acknowledged registration ${ack.trackingCode} lost`);
      continue;
    }
    if (s.trackingCode !== ack.trackingCode) found.push(`${ack.reference}: tracking code ${s.trackingCode}, acknowledged ${ack.trackingCode}`);
    const told = ack.kinds.join(',');
    const allowed = ack.pending ? [told, `${told},${ack.pending.type}`] : [told];
    if (!allowed.includes(s.kinds.join(','))) found.push(`${ack.reference}: history ${s.kinds.join(',')}, acknowledged ${told}${ack.pending ? ` (+${ack.pending.type} in flight)` : ''}`);
  }
  for (const s of stored) {
    const name = s.reference ?? s.trackingCode;
    if (!acks.apps.has(s.id)) {
      if (!s.reference || !acks.pendingRegistrations.has(s.reference)) found.push(`${name}: neither acknowledged nor in flight`);
      else if (s.kinds.join(',') !== 'register') found.push(`${name}: unacknowledged registration with history ${s.kinds.join(',')}`);
    }
    if (s.version !== s.kinds.length) found.push(`${name}: version ${s.version} with ${s.kinds.length} events`);
    if (s.kinds[0] !== 'register' || s.kinds.filter((k) => k === 'register').length !== 1) found.push(`${name}: history ${s.kinds.join(',')}`);
    if (s.state !== stateAfter(s.kinds)) found.push(`${name}: state ${s.state} after ${s.kinds.join(',')}`);
    const want = s.decided ?? { outcome: null, on: null };
    if (s.outcome !== want.outcome || s.concludedOn !== want.on) {
      found.push(`${name}: outcome ${s.outcome} concluded ${s.concludedOn}, decided ${JSON.stringify(s.decided)}`);
    }
  }
  return found;
}

/** The applications in the database, with the checks only the database can make: the stored domain state agrees with the columns, personal numbers unseal with the key, no events without their application, all in one agency. */
export async function storedInDatabase(
  db: Database,
  secrets: Secrets,
  expect: { agencyId: string; idNumber: string; phoneOf: (reference: string) => string },
): Promise<{ stored: Stored[]; problems: string[] }> {
  const rows = await db.query<{
    id: string;
    tracking_code: string;
    reference_number: string | null;
    agency_id: string;
    version: number;
    state: string;
    outcome: string | null;
    concluded_on: string | null;
    details_state: string | null;
    details_outcome: string | null;
    id_cipher: Uint8Array | null;
    phone_cipher: Uint8Array | null;
    kinds: string | null;
    decided_outcome: string | null;
    decided_on: string | null;
  }>(
    `SELECT a.id, a.tracking_code, a.reference_number, a.agency_id, a.version, a.state, a.outcome, a.concluded_on,
            a.details->'application'->>'state' AS details_state, a.details->'application'->>'outcome' AS details_outcome,
            a.applicant_id_number_cipher AS id_cipher, a.applicant_phone_cipher AS phone_cipher,
            string_agg(e.kind, ',' ORDER BY e.id) AS kinds,
            (array_agg(e.payload->>'outcome' ORDER BY e.id) FILTER (WHERE e.kind = 'decide'))[1] AS decided_outcome,
            (array_agg(e.payload->>'on' ORDER BY e.id) FILTER (WHERE e.kind = 'decide'))[1] AS decided_on
       FROM applications a LEFT JOIN application_events e ON e.application_id = a.id
      GROUP BY a.id`,
  );
  const found: string[] = [];
  const stored = rows.rows.map((r): Stored => {
    const name = r.reference_number ?? r.tracking_code;
    if (r.agency_id !== expect.agencyId) found.push(`${name}: in another agency`);
    if (r.details_state !== r.state || r.details_outcome !== r.outcome) found.push(`${name}: details say ${r.details_state}/${r.details_outcome}, columns ${r.state}/${r.outcome}`);
    if (!r.id_cipher || secrets.unseal(r.id_cipher) !== expect.idNumber) found.push(`${name}: ID number does not unseal`);
    if (!r.phone_cipher || !r.reference_number || secrets.unseal(r.phone_cipher) !== expect.phoneOf(r.reference_number)) found.push(`${name}: phone number does not unseal`);
    return {
      id: r.id,
      trackingCode: r.tracking_code,
      reference: r.reference_number,
      version: r.version,
      state: r.state,
      outcome: r.outcome,
      concludedOn: r.concluded_on,
      kinds: r.kinds ? r.kinds.split(',') : [],
      decided: r.decided_outcome && r.decided_on ? { outcome: r.decided_outcome, on: r.decided_on } : null,
    };
  });
  const orphans = await db.query(`SELECT 1 FROM application_events e WHERE NOT EXISTS (SELECT 1 FROM applications a WHERE a.id = e.application_id)`);
  if (orphans.rowCount > 0) found.push(`${orphans.rowCount} events without their application`);
  return { stored, problems: found };
}
