// The schema as text, from the database catalogue after migrating: tables and columns
// (information_schema), constraints, indexes, triggers and functions. Compared in a test with the
// committed schema.snapshot.txt, so an edited migration shows up as a difference. The text is the
// same on PostgreSQL 15 and PGlite's 18 (NOT NULL constraints of 18 are left to the columns).
import type { Db } from './db.js';

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: string;
  column_default: string | null;
  is_identity: string;
  identity_generation: string | null;
  generation_expression: string | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
}

function columnLine(c: ColumnRow): string {
  const type =
    c.data_type === 'numeric' && c.numeric_precision !== null
      ? `numeric(${c.numeric_precision},${c.numeric_scale ?? 0})`
      : c.data_type === 'ARRAY' || c.data_type === 'USER-DEFINED'
        ? c.udt_name
        : c.data_type;
  const parts = [`  column ${c.column_name} ${type}`, c.is_nullable === 'NO' ? 'not null' : 'null'];
  if (c.column_default !== null) parts.push(`default ${c.column_default}`);
  if (c.is_identity === 'YES') parts.push(`identity ${c.identity_generation ?? ''}`.trim());
  if (c.generation_expression) parts.push(`generated ${c.generation_expression}`);
  return parts.join(' ');
}

export async function schemaSnapshot(db: Db): Promise<string> {
  const columns = await db.query<ColumnRow>(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, is_identity, identity_generation,
            generation_expression, numeric_precision::int, numeric_scale::int
       FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  const constraints = await db.query<{ tbl: string; name: string; def: string }>(
    `SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid, true) AS def
       FROM pg_constraint c WHERE c.connamespace = 'public'::regnamespace AND c.contype <> 'n' AND c.conrelid <> 0
      ORDER BY 1, 2`,
  );
  const indexes = await db.query<{ tbl: string; name: string; def: string }>(
    `SELECT tablename AS tbl, indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`,
  );
  const triggers = await db.query<{ tbl: string; name: string; def: string }>(
    `SELECT t.tgrelid::regclass::text AS tbl, t.tgname AS name, pg_get_triggerdef(t.oid, true) AS def
       FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid
      WHERE NOT t.tgisinternal AND r.relnamespace = 'public'::regnamespace ORDER BY 1, 2`,
  );
  const functions = await db.query<{ name: string; args: string; body: string }>(
    `SELECT p.proname AS name, pg_get_function_identity_arguments(p.oid) AS args, md5(p.prosrc) AS body
       FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace ORDER BY 1, 2`,
  );
  const tables = [...new Set(columns.rows.map((c) => c.table_name))];
  const lines: string[] = [];
  for (const table of tables) {
    lines.push(`table ${table}`);
    for (const c of columns.rows.filter((r) => r.table_name === table)) lines.push(columnLine(c));
    for (const c of constraints.rows.filter((r) => r.tbl === table)) lines.push(`  constraint ${c.name} ${c.def}`);
    for (const i of indexes.rows.filter((r) => r.tbl === table)) lines.push(`  index ${i.name} ${i.def.replace(/ public\./g, ' ')}`);
    for (const t of triggers.rows.filter((r) => r.tbl === table)) lines.push(`  trigger ${t.name} ${t.def.replace(/ public\./g, ' ')}`);
  }
  for (const f of functions.rows) lines.push(`function ${f.name}(${f.args}) md5 ${f.body}`);
  return lines.join('\n') + '\n';
}
