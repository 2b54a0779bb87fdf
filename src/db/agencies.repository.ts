// Agencies in a hierarchy (乡镇 → 县 → 市 …, departments under their government).
import type { Db } from './db.js';
import { done, recordNotFound, type Change, type RecordNotFound } from './repository-support.js';
import type { AgencyLevel } from './vocabulary.js';

export interface AgencyRow {
  id: string;
  parentId: string | null;
  name: string;
  level: AgencyLevel;
  createdAt: Date;
}

export interface NewAgency {
  id?: string;
  parentId?: string | null;
  name: string;
  level: AgencyLevel;
}

function columns(t = ''): string {
  return `${t}id, ${t}parent_id AS "parentId", ${t}name, ${t}level, ${t}created_at AS "createdAt"`;
}
const COLUMNS = columns();

export class AgenciesRepository {
  constructor(private readonly db: Db) {}

  /** A new agency; its name must be unique among its parent's agencies. */
  async create(agency: NewAgency): Promise<Change<AgencyRow, 'AGENCY_NAME_TAKEN'>> {
    const r = await this.db.query<AgencyRow>(
      `INSERT INTO agencies (id, parent_id, name, level) VALUES (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
      [agency.id ?? null, agency.parentId ?? null, agency.name, agency.level],
    );
    const row = r.rows[0];
    if (row) return done(row);
    return { ok: false, code: 'AGENCY_NAME_TAKEN', message: `同一上级机关下已有名为“${agency.name}”的机关。` };
  }

  async get(id: string): Promise<AgencyRow | null> {
    const r = await this.db.query<AgencyRow>(`SELECT ${COLUMNS} FROM agencies WHERE id = $1`, [id]);
    return r.rows[0] ?? null;
  }

  /** Every agency with this exact name (names repeat under different parents). */
  async findByName(name: string): Promise<AgencyRow[]> {
    return (await this.db.query<AgencyRow>(`SELECT ${COLUMNS} FROM agencies WHERE name = $1 ORDER BY created_at, id`, [name.trim()])).rows;
  }

  /** The agencies directly below `parentId` (null: the top level), by name. */
  async children(parentId: string | null): Promise<AgencyRow[]> {
    return (await this.db.query<AgencyRow>(`SELECT ${COLUMNS} FROM agencies WHERE parent_id IS NOT DISTINCT FROM $1 ORDER BY name`, [parentId])).rows;
  }

  /** `rootId` and every agency below it: a supervisor's scope. Empty when there is no such agency. */
  async subtreeIds(rootId: string): Promise<string[]> {
    const r = await this.db.query<{ id: string }>(
      `WITH RECURSIVE down (id) AS (
         SELECT id FROM agencies WHERE id = $1
         UNION ALL
         SELECT a.id FROM agencies a JOIN down ON a.parent_id = down.id
       ) SELECT id FROM down`,
      [rootId],
    );
    return r.rows.map((row) => row.id);
  }

  /** The agency and its parents up to the top, nearest first. */
  async ancestry(id: string): Promise<AgencyRow[]> {
    return (
      await this.db.query<AgencyRow>(
        `WITH RECURSIVE up (id, parent_id, depth) AS (
           SELECT id, parent_id, 0 FROM agencies WHERE id = $1
           UNION ALL
           SELECT a.id, a.parent_id, up.depth + 1 FROM agencies a JOIN up ON a.id = up.parent_id
         ) SELECT ${columns('a.')}
             FROM up JOIN agencies a ON a.id = up.id ORDER BY up.depth`,
        [id],
      )
    ).rows;
  }

  /** Moves an agency under another one. Placing it below itself throws DB_AGENCY_CYCLE. */
  async move(id: string, parentId: string | null): Promise<Change<AgencyRow, RecordNotFound | 'AGENCY_NAME_TAKEN'>> {
    const taken = await this.db.query(
      `SELECT 1 FROM agencies a WHERE a.parent_id IS NOT DISTINCT FROM $2 AND a.id <> $1 AND a.name = (SELECT name FROM agencies WHERE id = $1)`,
      [id, parentId],
    );
    if (taken.rowCount > 0) return { ok: false, code: 'AGENCY_NAME_TAKEN', message: '新的上级机关下已有同名机关。' };
    const r = await this.db.query<AgencyRow>(`UPDATE agencies SET parent_id = $2 WHERE id = $1 RETURNING ${COLUMNS}`, [id, parentId]);
    const row = r.rows[0];
    return row ? done(row) : recordNotFound('机关');
  }
}
