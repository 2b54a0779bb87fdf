// Accuracy of the reader on a labelled corpus: every document beside its hand-checked figures
// (NAME.ext + NAME.json), compared cell by cell.
//
// A labelled cell is one whose expected value is a number. Per cell:
//   correct — read equals expected;
//   wrong   — read is a number that differs, or a number where the truth is null (a wrong CERTAIN value);
//   missing — read is null where the truth is a number (acceptable: the reader did not claim anything).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { ReportFigures, TableKey } from '../core/figures.js';
import { readDocument } from '../reader/read-document.js';

export const TABLES: readonly TableKey[] = ['proactive', 'applications', 'reviewLitigation'];

export interface CellOutcome {
  table: TableKey;
  row: string;
  column: string;
  expected: number | null;
  got: number | null;
}

export interface MetaMismatch {
  field: 'format' | 'year' | 'agency';
  expected: string | number | null;
  got: string | number | null;
}

export interface DocumentScore {
  /** The document's path relative to the corpus folder. */
  file: string;
  /** Null when the reader returned a result; else its failure code and message. */
  readFailure: string | null;
  /** Non-null cells in the expected figures. */
  labelled: number;
  correct: number;
  wrong: number;
  missing: number;
  wrongCells: CellOutcome[];
  missingCells: CellOutcome[];
  meta: MetaMismatch[];
}

export interface CorpusScore {
  documents: DocumentScore[];
  labelled: number;
  correct: number;
  wrong: number;
  missing: number;
  /** Documents with a format, year or agency mismatch. */
  metaMismatches: number;
}

/** Files the reader is pointed at; anything else beside a .json (README.md) is not a document. */
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.md', '.pdf', '.docx']);

/** Every document under `dir` (recursively) that has NAME.json beside it, sorted by path. */
export function corpusDocuments(dir: string): { document: string; expected: string }[] {
  const out: { document: string; expected: string }[] = [];
  const walk = (d: string): void => {
    const names = readdirSync(d).sort();
    for (const name of names) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const ext = extname(name).toLowerCase();
      if (!DOCUMENT_EXTENSIONS.has(ext)) continue;
      const expected = join(d, `${basename(name, extname(name))}.json`);
      if (names.includes(basename(expected))) out.push({ document: path, expected });
    }
  };
  walk(dir);
  return out.sort((a, b) => a.document.localeCompare(b.document));
}

/** Two numbers are the same value (money may be fractional: compare with a relative tolerance). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function cellValue(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

type Rows = Record<string, Record<string, unknown>>;

/** Compares figures read with the truth; `got` null means the document could not be read at all. */
export function scoreFigures(file: string, expected: ReportFigures, got: ReportFigures | null, readFailure: string | null = null): DocumentScore {
  const score: DocumentScore = { file, readFailure, labelled: 0, correct: 0, wrong: 0, missing: 0, wrongCells: [], missingCells: [], meta: [] };
  for (const table of TABLES) {
    const exp = expected[table] as Rows;
    const read = (got?.[table] ?? {}) as Rows;
    const rows = new Set([...Object.keys(exp), ...Object.keys(read)]);
    for (const row of rows) {
      const columns = new Set([...Object.keys(exp[row] ?? {}), ...Object.keys(read[row] ?? {})]);
      for (const column of columns) {
        const e = cellValue(exp[row]?.[column]);
        const g = cellValue(read[row]?.[column]);
        const outcome: CellOutcome = { table, row, column, expected: e, got: g };
        if (e !== null) score.labelled++;
        if (g === null) {
          if (e !== null) {
            score.missing++;
            score.missingCells.push(outcome);
          }
        } else if (e !== null && sameNumber(e, g)) {
          score.correct++;
        } else {
          score.wrong++;
          score.wrongCells.push(outcome);
        }
      }
    }
  }
  if (got) {
    if (got.format !== expected.format) score.meta.push({ field: 'format', expected: expected.format, got: got.format });
    if (got.year !== expected.year) score.meta.push({ field: 'year', expected: expected.year, got: got.year });
    if (got.agency !== expected.agency) score.meta.push({ field: 'agency', expected: expected.agency, got: got.agency });
  }
  return score;
}

/** Reads one document and scores it against its expected figures. */
export async function scoreDocument(documentPath: string, expectedPath: string, root: string): Promise<DocumentScore> {
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as ReportFigures;
  const file = relative(root, documentPath);
  const result = await readDocument(readFileSync(documentPath));
  if (!result.ok) return scoreFigures(file, expected, null, `${result.code}: ${result.message}`);
  return scoreFigures(file, expected, result.report.figures);
}

/** Scores every labelled document under `dir`. */
export async function scoreCorpus(dir: string): Promise<CorpusScore> {
  const documents: DocumentScore[] = [];
  for (const { document, expected } of corpusDocuments(dir)) documents.push(await scoreDocument(document, expected, dir));
  const sum = (f: (d: DocumentScore) => number) => documents.reduce((n, d) => n + f(d), 0);
  return {
    documents,
    labelled: sum((d) => d.labelled),
    correct: sum((d) => d.correct),
    wrong: sum((d) => d.wrong),
    missing: sum((d) => d.missing),
    metaMismatches: documents.filter((d) => d.meta.length > 0 || d.readFailure !== null).length,
  };
}

/** Correct cells as a share of labelled cells, in percent (100 when nothing is labelled). */
export function readRate(s: { labelled: number; correct: number }): number {
  return s.labelled === 0 ? 100 : (100 * s.correct) / s.labelled;
}

export function cellName(c: CellOutcome): string {
  return `${c.table}.${c.row}.${c.column}`;
}
