// Versions of an agency's annual report: drafts edited by staff, submitted, approved, published. A
// published version is frozen by the database (DB_REPORT_PUBLISHED); a correction is a new version.
import type { Db } from './db.js';
import { done, json, recordNotFound, type Change, type RecordNotFound } from './repository-support.js';
import type { ReportStatus } from './vocabulary.js';

export interface ReportVersionKey {
  agencyId: string;
  year: number;
  version: number;
}

export interface ReportVersionRow extends ReportVersionKey {
  status: ReportStatus;
  /** The shared contract's figures (ReportFigures). */
  figures: Record<string, unknown>;
  /** Narrative sections (一、五、六 …) by key. */
  narratives: Record<string, unknown>;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  approvedBy: string | null;
  approvedAt: Date | null;
  publishedAt: Date | null;
}

export type StatusConflict = 'REPORT_STATUS_CONFLICT';

const COLUMNS = `agency_id AS "agencyId", year, version, status, figures, narratives, created_by AS "createdBy",
  created_at AS "createdAt", updated_at AS "updatedAt", approved_by AS "approvedBy", approved_at AS "approvedAt",
  published_at AS "publishedAt"`;

const STATUS_LABELS: Record<ReportStatus, string> = { draft: '草稿', submitted: '已提交', approved: '已审核', published: '已发布' };

function statusConflict(expected: ReportStatus): { ok: false; code: StatusConflict; message: string } {
  return { ok: false, code: 'REPORT_STATUS_CONFLICT', message: `该报告版本已不是“${STATUS_LABELS[expected]}”状态（可能已被其他人提交、审核或发布），请刷新后重试。` };
}

export class ReportVersionsRepository {
  constructor(private readonly db: Db) {}

  /** A new draft, numbered after the agency-year's last version. */
  createDraft(draft: { agencyId: string; year: number; figures: object; narratives?: object; createdBy: string | null }): Promise<ReportVersionRow> {
    return this.db.transaction(async (tx) => {
      // One numbering at a time per agency: concurrent drafts queue on the agency's row.
      await tx.query('SELECT 1 FROM agencies WHERE id = $1 FOR UPDATE', [draft.agencyId]);
      const r = await tx.query<ReportVersionRow>(
        `INSERT INTO report_versions (agency_id, year, version, figures, narratives, created_by)
         SELECT $1, $2, coalesce(max(version), 0) + 1, $3::jsonb, $4::jsonb, $5 FROM report_versions WHERE agency_id = $1 AND year = $2
         RETURNING ${COLUMNS}`,
        [draft.agencyId, draft.year, json(draft.figures), json(draft.narratives), draft.createdBy],
      );
      return r.rows[0]!;
    });
  }

  async get(key: ReportVersionKey): Promise<ReportVersionRow | null> {
    return (
      (await this.db.query<ReportVersionRow>(`SELECT ${COLUMNS} FROM report_versions WHERE agency_id = $1 AND year = $2 AND version = $3`, [key.agencyId, key.year, key.version]))
        .rows[0] ?? null
    );
  }

  /** Every version of the agency-year, latest first. */
  async list(agencyId: string, year: number): Promise<ReportVersionRow[]> {
    return (await this.db.query<ReportVersionRow>(`SELECT ${COLUMNS} FROM report_versions WHERE agency_id = $1 AND year = $2 ORDER BY version DESC`, [agencyId, year])).rows;
  }

  /** The latest published version (the public one), or null. */
  async latestPublished(agencyId: string, year: number): Promise<ReportVersionRow | null> {
    return (
      (await this.db.query<ReportVersionRow>(
        `SELECT ${COLUMNS} FROM report_versions WHERE agency_id = $1 AND year = $2 AND status = 'published' ORDER BY version DESC LIMIT 1`,
        [agencyId, year],
      )).rows[0] ?? null
    );
  }

  /** Edits a draft's figures or narratives; anything but a draft gives REPORT_STATUS_CONFLICT. */
  async updateDraft(key: ReportVersionKey, edit: { figures?: object; narratives?: object }): Promise<Change<ReportVersionRow, RecordNotFound | StatusConflict>> {
    const r = await this.db.query<ReportVersionRow>(
      `UPDATE report_versions SET figures = coalesce($4::jsonb, figures), narratives = coalesce($5::jsonb, narratives), updated_at = now()
        WHERE agency_id = $1 AND year = $2 AND version = $3 AND status = 'draft' RETURNING ${COLUMNS}`,
      [key.agencyId, key.year, key.version, edit.figures ? json(edit.figures) : null, edit.narratives ? json(edit.narratives) : null],
    );
    const row = r.rows[0];
    if (row) return done(row);
    return (await this.get(key)) ? statusConflict('draft') : recordNotFound('该报告版本');
  }

  /**
   * Moves a version from status `from` to `to` (the app decides which moves are allowed). Approval
   * records who and when; publishing records when, after which the version is frozen.
   */
  async setStatus(
    key: ReportVersionKey,
    from: ReportStatus,
    to: ReportStatus,
    by: { userId: string | null; at: Date },
  ): Promise<Change<ReportVersionRow, RecordNotFound | StatusConflict>> {
    const r = await this.db.query<ReportVersionRow>(
      `UPDATE report_versions SET status = $5, updated_at = now(),
              approved_by = CASE WHEN $5 = 'approved' THEN $6::uuid WHEN $5 IN ('draft', 'submitted') THEN NULL ELSE approved_by END,
              approved_at = CASE WHEN $5 = 'approved' THEN $7::timestamptz WHEN $5 IN ('draft', 'submitted') THEN NULL ELSE approved_at END,
              published_at = CASE WHEN $5 = 'published' THEN $7::timestamptz END
        WHERE agency_id = $1 AND year = $2 AND version = $3 AND status = $4 RETURNING ${COLUMNS}`,
      [key.agencyId, key.year, key.version, from, to, by.userId, by.at],
    );
    const row = r.rows[0];
    if (row) return done(row);
    return (await this.get(key)) ? statusConflict(from) : recordNotFound('该报告版本');
  }
}
