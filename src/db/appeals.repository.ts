// Appeals against an agency's handling: 行政复议 and 行政诉讼 (direct, or after review), for section 四.
import type { IsoDate } from '../core/calendar/iso-date.js';
import type { Db } from './db.js';
import { done, recordNotFound, versionConflict, type AgencyScope, type Change, type RecordNotFound, type VersionConflict } from './repository-support.js';
import { APPEAL_KINDS, type AppealKind, type AppealOutcome } from './vocabulary.js';

export interface AppealRow {
  id: string;
  agencyId: string;
  applicationId: string | null;
  kind: AppealKind;
  /** 复议或诉讼编号 (案号). */
  caseNumber: string;
  /** 复议机关 or 人民法院. */
  body: string | null;
  /** For litigation after review: the review it follows. */
  reviewId: string | null;
  filedOn: IsoDate;
  /** null while pending (尚未审结). */
  outcome: AppealOutcome | null;
  concludedOn: IsoDate | null;
  note: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface NewAppeal {
  id?: string;
  agencyId: string;
  applicationId?: string | null;
  kind: AppealKind;
  caseNumber: string;
  body?: string | null;
  reviewId?: string | null;
  filedOn: IsoDate;
  outcome?: AppealOutcome | null;
  concludedOn?: IsoDate | null;
  note?: string | null;
  createdBy?: string | null;
}

export type AppealChanges = Partial<Pick<AppealRow, 'applicationId' | 'kind' | 'caseNumber' | 'body' | 'reviewId' | 'filedOn' | 'outcome' | 'concludedOn' | 'note'>>;

/** One group of section 四: 维持, 纠正, 其他, 尚未审结, 总计. */
export interface AppealGroupCounts {
  maintained: number;
  corrected: number;
  other: number;
  pending: number;
  total: number;
}

const COLUMNS = `id, agency_id AS "agencyId", application_id AS "applicationId", kind, case_number AS "caseNumber",
  body, review_id AS "reviewId", filed_on AS "filedOn", outcome, concluded_on AS "concludedOn", note, created_by AS "createdBy",
  created_at AS "createdAt", updated_at AS "updatedAt", version`;

const CHANGE_COLUMNS: Record<keyof AppealChanges, string> = {
  applicationId: 'application_id',
  kind: 'kind',
  caseNumber: 'case_number',
  body: 'body',
  reviewId: 'review_id',
  filedOn: 'filed_on',
  outcome: 'outcome',
  concludedOn: 'concluded_on',
  note: 'note',
};

export class AppealsRepository {
  constructor(private readonly db: Db) {}

  /** A new appeal; one about an application must name the application's agency (else DB_FOREIGN_KEY_VIOLATION). */
  async create(appeal: NewAppeal): Promise<AppealRow> {
    const r = await this.db.query<AppealRow>(
      `INSERT INTO appeals (id, agency_id, application_id, kind, case_number, body, review_id, filed_on, outcome, concluded_on, note, created_by)
       VALUES (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${COLUMNS}`,
      [
        appeal.id ?? null,
        appeal.agencyId,
        appeal.applicationId ?? null,
        appeal.kind,
        appeal.caseNumber,
        appeal.body ?? null,
        appeal.reviewId ?? null,
        appeal.filedOn,
        appeal.outcome ?? null,
        appeal.concludedOn ?? null,
        appeal.note ?? null,
        appeal.createdBy ?? null,
      ],
    );
    return r.rows[0]!;
  }

  async get(scope: AgencyScope, id: string): Promise<AppealRow | null> {
    return (await this.db.query<AppealRow>(`SELECT ${COLUMNS} FROM appeals WHERE id = $1 AND agency_id = ANY($2::uuid[])`, [id, scope])).rows[0] ?? null;
  }

  /** Appeals in scope, newest filing first; with `applicationId`, only those about that application. */
  async list(scope: AgencyScope, filter: { applicationId?: string } = {}): Promise<AppealRow[]> {
    const r = await this.db.query<AppealRow>(
      `SELECT ${COLUMNS} FROM appeals WHERE agency_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR application_id = $2)
        ORDER BY filed_on DESC, id`,
      [scope, filter.applicationId ?? null],
    );
    return r.rows;
  }

  /** Changes an appeal read at `version` (e.g. its outcome when concluded). */
  async change(scope: AgencyScope, id: string, version: number, changes: AppealChanges): Promise<Change<AppealRow, RecordNotFound | VersionConflict>> {
    const keys = (Object.keys(changes) as (keyof AppealChanges)[]).filter((k) => changes[k] !== undefined);
    const sets = keys.map((k, i) => `${CHANGE_COLUMNS[k]} = $${i + 4}`);
    const r = await this.db.query<AppealRow>(
      `UPDATE appeals SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE id = $1 AND version = $2 AND agency_id = ANY($3::uuid[]) RETURNING ${COLUMNS}`,
      [id, version, scope, ...keys.map((k) => changes[k])],
    );
    const row = r.rows[0];
    if (row) return done(row);
    const exists = await this.db.query('SELECT 1 FROM appeals WHERE id = $1 AND agency_id = ANY($2::uuid[])', [id, scope]);
    return exists.rowCount > 0 ? versionConflict('该复议或诉讼') : recordNotFound('该复议或诉讼');
  }

  /**
   * Section 四 for an agency and year. An appeal counts in a year when it was pending at some time in
   * it (filed by 31 December, not concluded before 1 January): with its outcome when concluded in the
   * year, else as 尚未审结. A case pending at a year's end is thus counted pending that year and with its
   * outcome in the year it concludes, as a carried-over application is.
   */
  async countsForYear(agencyId: string, year: number): Promise<Record<AppealKind, AppealGroupCounts>> {
    const r = await this.db.query<{ kind: AppealKind; outcome: AppealOutcome | null; n: number }>(
      `SELECT kind, CASE WHEN concluded_on <= $3::date THEN outcome END AS outcome, count(*)::int AS n
         FROM appeals
        WHERE agency_id = $1 AND filed_on <= $3::date AND (concluded_on IS NULL OR concluded_on >= $2::date)
        GROUP BY 1, 2`,
      [agencyId, `${year}-01-01`, `${year}-12-31`],
    );
    const counts = Object.fromEntries(APPEAL_KINDS.map((k) => [k, { maintained: 0, corrected: 0, other: 0, pending: 0, total: 0 }])) as Record<
      AppealKind,
      AppealGroupCounts
    >;
    for (const row of r.rows) {
      const group = counts[row.kind];
      group[row.outcome ?? 'pending'] += row.n;
      group.total += row.n;
    }
    return counts;
  }
}
