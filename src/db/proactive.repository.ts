// Proactive disclosure records for section 二: the register of 规章 and 行政规范性文件, and the counts
// (licensing, penalty, coercion decisions, fee income) entered or imported per agency and year.
import type { IsoDate } from '../core/calendar/iso-date.js';
import type { Db } from './db.js';
import { done, recordNotFound, type AgencyScope, type Change, type RecordNotFound } from './repository-support.js';
import { NORMATIVE_DOCUMENT_KINDS, type NormativeDocumentKind } from './vocabulary.js';

export interface NormativeDocumentRow {
  id: string;
  agencyId: string;
  kind: NormativeDocumentKind;
  title: string;
  /** 文号, e.g. 某政规〔2024〕1号. */
  docNumber: string | null;
  /** 制发. */
  issuedOn: IsoDate;
  /** Made public (条例第二十六条); null when unknown. */
  publishedOn: IsoDate | null;
  /** 废止 (or 失效); null while in force. */
  repealedOn: IsoDate | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewNormativeDocument = Pick<NormativeDocumentRow, 'agencyId' | 'kind' | 'title' | 'issuedOn'> &
  Partial<Pick<NormativeDocumentRow, 'docNumber' | 'publishedOn' | 'repealedOn'>> & { id?: string };

/** One kind's register in a year: 本年制发 / 新制作, 本年新公开, 本年废止, 现行有效 at 31 December. */
export interface DocumentYearCounts {
  issued: number;
  published: number;
  repealed: number;
  inForce: number;
  /** Documents issued by 31 December without a publication date (then `published` is incomplete). */
  withoutPublishedOn: number;
}

/** Section 二 cells entered by staff for a year: row key → column key → value (the format's keys). */
export type ProactiveCells = Record<string, Record<string, number>>;

const DOC_COLUMNS = `id, agency_id AS "agencyId", kind, title, doc_number AS "docNumber", issued_on AS "issuedOn",
  published_on AS "publishedOn", repealed_on AS "repealedOn", created_at AS "createdAt", updated_at AS "updatedAt"`;

export class ProactiveRepository {
  constructor(private readonly db: Db) {}

  async addDocument(doc: NewNormativeDocument): Promise<Change<NormativeDocumentRow, 'DOC_NUMBER_TAKEN'>> {
    const r = await this.db.query<NormativeDocumentRow>(
      `INSERT INTO normative_documents (id, agency_id, kind, title, doc_number, issued_on, published_on, repealed_on)
       VALUES (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING ${DOC_COLUMNS}`,
      [doc.id ?? null, doc.agencyId, doc.kind, doc.title, doc.docNumber ?? null, doc.issuedOn, doc.publishedOn ?? null, doc.repealedOn ?? null],
    );
    const row = r.rows[0];
    return row ? done(row) : { ok: false, code: 'DOC_NUMBER_TAKEN', message: `本机关已登记文号为“${doc.docNumber ?? ''}”的文件。` };
  }

  /** Records the repeal (废止) of a document; null undoes a mistaken one. */
  async setRepealed(scope: AgencyScope, id: string, repealedOn: IsoDate | null): Promise<Change<NormativeDocumentRow, RecordNotFound>> {
    const r = await this.db.query<NormativeDocumentRow>(
      `UPDATE normative_documents SET repealed_on = $3, updated_at = now() WHERE id = $1 AND agency_id = ANY($2::uuid[]) RETURNING ${DOC_COLUMNS}`,
      [id, scope, repealedOn],
    );
    const row = r.rows[0];
    return row ? done(row) : recordNotFound('该文件');
  }

  /** The register in scope, latest issued first; with `inForceOn`, only documents in force that day. */
  async listDocuments(scope: AgencyScope, filter: { kind?: NormativeDocumentKind; inForceOn?: IsoDate } = {}): Promise<NormativeDocumentRow[]> {
    const r = await this.db.query<NormativeDocumentRow>(
      `SELECT ${DOC_COLUMNS} FROM normative_documents
        WHERE agency_id = ANY($1::uuid[]) AND ($2::text IS NULL OR kind = $2)
          AND ($3::date IS NULL OR (issued_on <= $3 AND (repealed_on IS NULL OR repealed_on > $3)))
        ORDER BY issued_on DESC, id`,
      [scope, filter.kind ?? null, filter.inForceOn ?? null],
    );
    return r.rows;
  }

  /** Issued, published and repealed in the year, and in force at its end (repealed on 31 December: not in force). */
  async documentCountsForYear(agencyId: string, year: number): Promise<Record<NormativeDocumentKind, DocumentYearCounts>> {
    const r = await this.db.query<{ kind: NormativeDocumentKind } & DocumentYearCounts>(
      `SELECT kind,
              count(*) FILTER (WHERE issued_on >= $2::date)::int AS issued,
              count(*) FILTER (WHERE published_on BETWEEN $2::date AND $3::date)::int AS published,
              count(*) FILTER (WHERE repealed_on BETWEEN $2::date AND $3::date)::int AS repealed,
              count(*) FILTER (WHERE repealed_on IS NULL OR repealed_on > $3::date)::int AS "inForce",
              count(*) FILTER (WHERE published_on IS NULL)::int AS "withoutPublishedOn"
         FROM normative_documents WHERE agency_id = $1 AND issued_on <= $3::date GROUP BY kind`,
      [agencyId, `${year}-01-01`, `${year}-12-31`],
    );
    const counts = Object.fromEntries(
      NORMATIVE_DOCUMENT_KINDS.map((k) => [k, { issued: 0, published: 0, repealed: 0, inForce: 0, withoutPublishedOn: 0 }]),
    ) as Record<NormativeDocumentKind, DocumentYearCounts>;
    for (const { kind, ...c } of r.rows) counts[kind] = c;
    return counts;
  }

  /** Replaces the cells entered for the agency-year (an empty object clears them). */
  saveCounts(agencyId: string, year: number, cells: ProactiveCells, updatedBy: string | null): Promise<void> {
    return this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM proactive_counts WHERE agency_id = $1 AND year = $2', [agencyId, year]);
      const entries = Object.entries(cells).flatMap(([row, columns]) => Object.entries(columns).map(([column, value]) => [row, column, String(value)]));
      if (entries.length === 0) return;
      await tx.query(
        `INSERT INTO proactive_counts (agency_id, year, row_key, column_key, value, updated_by)
         SELECT $1, $2, c.row_key, c.column_key, c.value::numeric, $6
           FROM unnest($3::text[], $4::text[], $5::text[]) AS c (row_key, column_key, value)`,
        [agencyId, year, entries.map((e) => e[0]), entries.map((e) => e[1]), entries.map((e) => e[2]), updatedBy],
      );
    });
  }

  /** The cells entered for the agency-year, or null when none were. */
  async getCounts(agencyId: string, year: number): Promise<ProactiveCells | null> {
    const r = await this.db.query<{ row: string; column: string; value: string }>(
      'SELECT row_key AS row, column_key AS column, value::text AS value FROM proactive_counts WHERE agency_id = $1 AND year = $2 ORDER BY 1, 2',
      [agencyId, year],
    );
    if (r.rowCount === 0) return null;
    const cells: ProactiveCells = {};
    for (const { row, column, value } of r.rows) (cells[row] ??= {})[column] = Number(value);
    return cells;
  }
}
