// Applications (依申请公开) and their append-only history. Every change of an application is one
// transaction: the row's new values, version + 1, and one event. So version = number of events, and
// an application is never seen without the event that explains its state.
import type { IsoDate } from '../core/calendar/iso-date.js';
import type { Db } from './db.js';
import { applicationCountsForYear, type ApplicationYearCounts } from './application-counts.repository.js';
import { allOrNothing, done, json, recordNotFound, versionConflict, type AgencyScope, type Change, type RecordNotFound, type VersionConflict } from './repository-support.js';
import type { ApplicantType, ApplicationOutcome, ApplicationSource, ApplicationState, Channel } from './vocabulary.js';

/** A personal identifier as stored: ciphertext (encrypted by the app) and a masked form for lists. */
export interface Sealed {
  cipher: Uint8Array;
  masked: string;
}

export interface ApplicationRow {
  id: string;
  agencyId: string;
  trackingCode: string;
  referenceNumber: string | null;
  source: ApplicationSource;
  channel: Channel | null;
  receivedOn: IsoDate;
  applicantType: ApplicantType;
  applicantName: string | null;
  applicantIdNumber: Sealed | null;
  applicantPhone: Sealed | null;
  applicantKey: Uint8Array | null;
  contactAddress: string | null;
  contactEmail: string | null;
  requestedContent: string | null;
  /** 获取信息的方式、途径, as written. */
  requestedForm: string | null;
  state: ApplicationState;
  outcome: ApplicationOutcome | null;
  concludedOn: IsoDate | null;
  replyDueOn: IsoDate | null;
  extendedDueOn: IsoDate | null;
  /** extendedDueOn, else replyDueOn (computed by the database). */
  dueOn: IsoDate | null;
  /** The rest of the domain's state as last computed (no personal identifiers). */
  details: Record<string, unknown>;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** Fields that may change after registration. */
export type ApplicationChanges = Partial<
  Pick<
    ApplicationRow,
    | 'referenceNumber'
    | 'channel'
    | 'receivedOn'
    | 'applicantType'
    | 'applicantName'
    | 'applicantIdNumber'
    | 'applicantPhone'
    | 'applicantKey'
    | 'contactAddress'
    | 'contactEmail'
    | 'requestedContent'
    | 'requestedForm'
    | 'state'
    | 'outcome'
    | 'concludedOn'
    | 'replyDueOn'
    | 'extendedDueOn'
    | 'details'
  >
>;

export type NewApplication = ApplicationChanges &
  Pick<ApplicationRow, 'agencyId' | 'trackingCode' | 'receivedOn' | 'applicantType' | 'state'> & {
    id?: string;
    source?: ApplicationSource;
    createdBy?: string | null;
  };

export interface NewEvent {
  kind: string;
  /** The user who acted; null for the applicant, an import or the system. */
  actorId: string | null;
  payload?: Record<string, unknown>;
  /** Default: the transaction's time. */
  at?: Date;
}

export interface ApplicationEventRow {
  id: number;
  applicationId: string;
  kind: string;
  at: Date;
  actorId: string | null;
  payload: Record<string, unknown>;
}

export interface ApplicationFilter {
  states?: readonly ApplicationState[];
  /** Only applications not concluded (true) or only concluded ones (false). */
  open?: boolean;
  receivedFrom?: IsoDate;
  receivedTo?: IsoDate;
  /** Open applications due on or before this day (due soon, overdue). */
  dueBy?: IsoDate;
  /** Tracking code, reference number or applicant name containing this text. */
  text?: string;
  /** Default 50, at most 500. */
  limit?: number;
  offset?: number;
}

export type RegisterFailure = 'TRACKING_CODE_TAKEN' | 'REFERENCE_NUMBER_TAKEN' | 'APPLICATION_EXISTS';

interface RawRow extends Omit<ApplicationRow, 'applicantIdNumber' | 'applicantPhone'> {
  idNumberCipher: Uint8Array | null;
  idNumberMasked: string | null;
  phoneCipher: Uint8Array | null;
  phoneMasked: string | null;
}

const COLUMNS = `id, agency_id AS "agencyId", tracking_code AS "trackingCode", reference_number AS "referenceNumber", source, channel,
  received_on AS "receivedOn", applicant_type AS "applicantType", applicant_name AS "applicantName",
  applicant_id_number_cipher AS "idNumberCipher", applicant_id_number_masked AS "idNumberMasked",
  applicant_phone_cipher AS "phoneCipher", applicant_phone_masked AS "phoneMasked", applicant_key AS "applicantKey",
  contact_address AS "contactAddress", contact_email AS "contactEmail", requested_content AS "requestedContent",
  requested_form AS "requestedForm", state, outcome, concluded_on AS "concludedOn", reply_due_on AS "replyDueOn",
  extended_due_on AS "extendedDueOn", due_on AS "dueOn", details, created_by AS "createdBy", created_at AS "createdAt",
  updated_at AS "updatedAt", version`;

function eventColumns(t = ''): string {
  return `${t}id, ${t}application_id AS "applicationId", ${t}kind, ${t}at, ${t}actor_id AS "actorId", ${t}payload`;
}
const EVENT_COLUMNS = eventColumns();

/** Plain columns of ApplicationChanges; the two sealed fields are two columns each. */
const PLAIN_COLUMNS = {
  referenceNumber: 'reference_number',
  channel: 'channel',
  receivedOn: 'received_on',
  applicantType: 'applicant_type',
  applicantName: 'applicant_name',
  applicantKey: 'applicant_key',
  contactAddress: 'contact_address',
  contactEmail: 'contact_email',
  requestedContent: 'requested_content',
  requestedForm: 'requested_form',
  state: 'state',
  outcome: 'outcome',
  concludedOn: 'concluded_on',
  replyDueOn: 'reply_due_on',
  extendedDueOn: 'extended_due_on',
  details: 'details',
} as const satisfies Record<Exclude<keyof ApplicationChanges, 'applicantIdNumber' | 'applicantPhone'>, string>;

function toRow(raw: RawRow): ApplicationRow {
  const { idNumberCipher, idNumberMasked, phoneCipher, phoneMasked, ...rest } = raw;
  return {
    ...rest,
    applicantIdNumber: idNumberCipher && idNumberMasked !== null ? { cipher: idNumberCipher, masked: idNumberMasked } : null,
    applicantPhone: phoneCipher && phoneMasked !== null ? { cipher: phoneCipher, masked: phoneMasked } : null,
  };
}

/** Column = value pairs for the fields present in `changes` (undefined = unchanged, null = cleared). */
function assignments(changes: ApplicationChanges): [string, unknown][] {
  const pairs: [string, unknown][] = [];
  for (const [key, column] of Object.entries(PLAIN_COLUMNS)) {
    const value = changes[key as keyof typeof PLAIN_COLUMNS];
    if (value !== undefined) pairs.push([column, key === 'details' ? json(value) : value]);
  }
  for (const [field, prefix] of [
    ['applicantIdNumber', 'applicant_id_number'],
    ['applicantPhone', 'applicant_phone'],
  ] as const) {
    const sealed = changes[field];
    if (sealed === undefined) continue;
    pairs.push([`${prefix}_cipher`, sealed?.cipher ?? null], [`${prefix}_masked`, sealed?.masked ?? null]);
  }
  return pairs;
}

async function appendEvent(db: Db, applicationId: string, event: NewEvent): Promise<ApplicationEventRow> {
  const r = await db.query<ApplicationEventRow>(
    `INSERT INTO application_events (application_id, kind, at, actor_id, payload)
     VALUES ($1, $2, coalesce($3::timestamptz, now()), $4, $5::jsonb) RETURNING ${EVENT_COLUMNS}`,
    [applicationId, event.kind, event.at ?? null, event.actorId, json(event.payload)],
  );
  return r.rows[0]!;
}

export class ApplicationsRepository {
  constructor(private readonly db: Db) {}

  /** Registers an application with its first event (e.g. 'registered'), in one transaction. */
  register(application: NewApplication, event: NewEvent): Promise<Change<ApplicationRow, RegisterFailure>> {
    return this.db.transaction((tx) => insertApplication(tx, application, event));
  }

  /** Many applications (a ledger import), all or none: the first failure is returned with its index. */
  registerAll(
    items: readonly { application: NewApplication; event: NewEvent }[],
  ): Promise<Change<ApplicationRow[], RegisterFailure> & { index?: number }> {
    return allOrNothing(this.db, async (tx) => {
      const rows: ApplicationRow[] = [];
      for (const [index, item] of items.entries()) {
        const r = await insertApplication(tx, item.application, item.event);
        if (!r.ok) return { ...r, index, message: `第 ${index + 1} 条：${r.message}` };
        rows.push(r.value);
      }
      return done(rows);
    });
  }

  /**
   * Changes an application read at `version` and appends `event`, in one transaction. Empty
   * `changes` records only the event. Another change in between gives VERSION_CONFLICT.
   */
  change(
    scope: AgencyScope,
    id: string,
    version: number,
    changes: ApplicationChanges,
    event: NewEvent,
  ): Promise<Change<ApplicationRow, RecordNotFound | VersionConflict>> {
    return this.db.transaction(async (tx) => {
      const pairs = assignments(changes);
      const sets = pairs.map(([column], i) => `${column} = $${i + 4}`);
      const r = await tx.query<RawRow>(
        `UPDATE applications SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
          WHERE id = $1 AND version = $2 AND agency_id = ANY($3::uuid[]) RETURNING ${COLUMNS}`,
        [id, version, scope, ...pairs.map(([, value]) => value)],
      );
      const raw = r.rows[0];
      if (!raw) {
        const exists = await tx.query('SELECT 1 FROM applications WHERE id = $1 AND agency_id = ANY($2::uuid[])', [id, scope]);
        return exists.rowCount > 0 ? versionConflict('该申请') : recordNotFound('该申请');
      }
      await appendEvent(tx, id, event);
      return done(toRow(raw));
    });
  }

  async get(scope: AgencyScope, id: string): Promise<ApplicationRow | null> {
    const r = await this.db.query<RawRow>(`SELECT ${COLUMNS} FROM applications WHERE id = $1 AND agency_id = ANY($2::uuid[])`, [id, scope]);
    return r.rows[0] ? toRow(r.rows[0]) : null;
  }

  /** The application with this tracking code, whatever its agency (the public's lookup; the app checks the applicant). */
  async findByTrackingCode(trackingCode: string): Promise<ApplicationRow | null> {
    const r = await this.db.query<RawRow>(`SELECT ${COLUMNS} FROM applications WHERE tracking_code = $1`, [trackingCode]);
    return r.rows[0] ? toRow(r.rows[0]) : null;
  }

  /** Applications in scope, newest receipt first (open ones by due date when `dueBy` is given). */
  async list(scope: AgencyScope, filter: ApplicationFilter = {}): Promise<ApplicationRow[]> {
    const { where, params } = filterSql(scope, filter);
    const limit = wholeNumber(filter.limit, 50, 1, 500);
    const offset = wholeNumber(filter.offset, 0, 0, Number.MAX_SAFE_INTEGER);
    const order = filter.dueBy !== undefined ? 'due_on, received_on, id' : 'received_on DESC, id DESC';
    const r = await this.db.query<RawRow>(
      `SELECT ${COLUMNS} FROM applications WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return r.rows.map(toRow);
  }

  async count(scope: AgencyScope, filter: ApplicationFilter = {}): Promise<number> {
    const { where, params } = filterSql(scope, filter);
    return (await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM applications WHERE ${where}`, params)).rows[0]!.n;
  }

  /** The history of an application in scope, oldest first. */
  async events(scope: AgencyScope, applicationId: string): Promise<ApplicationEventRow[]> {
    const r = await this.db.query<ApplicationEventRow>(
      `SELECT ${eventColumns('e.')} FROM application_events e
         JOIN applications a ON a.id = e.application_id
        WHERE e.application_id = $1 AND a.agency_id = ANY($2::uuid[]) ORDER BY e.id`,
      [applicationId, scope],
    );
    return r.rows;
  }

  /** Which of these 申请编号 the agency already has (a ledger import checks before writing). */
  async takenReferenceNumbers(agencyId: string, references: readonly string[]): Promise<string[]> {
    const r = await this.db.query<{ ref: string }>(
      'SELECT reference_number AS ref FROM applications WHERE agency_id = $1 AND reference_number = ANY($2::text[])',
      [agencyId, references],
    );
    return r.rows.map((x) => x.ref);
  }

  /** Section 三's counts for an agency and year (one GROUP BY query). */
  countsForYear(agencyId: string, year: number): Promise<ApplicationYearCounts> {
    return applicationCountsForYear(this.db, agencyId, year);
  }
}

async function insertApplication(tx: Db, application: NewApplication, event: NewEvent): Promise<Change<ApplicationRow, RegisterFailure>> {
  const pairs: [string, unknown][] = [
    ['id', application.id ?? null],
    ['agency_id', application.agencyId],
    ['tracking_code', application.trackingCode],
    ['source', application.source ?? 'registered'],
    ['created_by', application.createdBy ?? null],
    ...assignments(application),
  ];
  const values = pairs.map(([column], i) => (column === 'id' ? `coalesce($${i + 1}::uuid, gen_random_uuid())` : `$${i + 1}`));
  const r = await tx.query<RawRow>(
    `INSERT INTO applications (${pairs.map(([c]) => c).join(', ')}) VALUES (${values.join(', ')})
     ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
    pairs.map(([, v]) => v),
  );
  const raw = r.rows[0];
  if (!raw) return registerConflict(tx, application);
  await appendEvent(tx, raw.id, event);
  return done(toRow(raw));
}

async function registerConflict(tx: Db, a: NewApplication): Promise<{ ok: false; code: RegisterFailure; message: string }> {
  const r = await tx.query<{ tracking: boolean; reference: boolean }>(
    `SELECT tracking_code = $1 AS tracking, (agency_id = $2 AND reference_number = $3) AS reference FROM applications
      WHERE tracking_code = $1 OR (agency_id = $2 AND reference_number = $3) OR id = $4::uuid LIMIT 1`,
    [a.trackingCode, a.agencyId, a.referenceNumber ?? null, a.id ?? null],
  );
  const hit = r.rows[0];
  if (hit?.tracking) return { ok: false, code: 'TRACKING_CODE_TAKEN', message: `查询码 ${a.trackingCode} 已被使用。` };
  if (hit?.reference) return { ok: false, code: 'REFERENCE_NUMBER_TAKEN', message: `本机关已有申请编号为“${a.referenceNumber ?? ''}”的申请。` };
  return { ok: false, code: 'APPLICATION_EXISTS', message: '该申请已经登记。' };
}

function wholeNumber(value: number | undefined, fallback: number, min: number, max: number): number {
  return value === undefined || !Number.isFinite(value) ? fallback : Math.min(Math.max(Math.trunc(value), min), max);
}

function filterSql(scope: AgencyScope, f: ApplicationFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [scope];
  const where = ['agency_id = ANY($1::uuid[])'];
  const add = (sql: (p: string) => string, value: unknown): void => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (f.states?.length) add((p) => `state = ANY(${p}::text[])`, f.states);
  if (f.open === true) where.push('concluded_on IS NULL');
  if (f.open === false) where.push('concluded_on IS NOT NULL');
  if (f.receivedFrom) add((p) => `received_on >= ${p}::date`, f.receivedFrom);
  if (f.receivedTo) add((p) => `received_on <= ${p}::date`, f.receivedTo);
  if (f.dueBy) add((p) => `concluded_on IS NULL AND due_on <= ${p}::date`, f.dueBy);
  if (f.text?.trim()) {
    add((p) => `(tracking_code ILIKE ${p} OR reference_number ILIKE ${p} OR applicant_name ILIKE ${p})`, `%${f.text.trim().replace(/[\\%_]/g, '\\$&')}%`);
  }
  return { where: where.join(' AND '), params };
}
