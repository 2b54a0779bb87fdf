// Figures of several agencies added cell by cell: a county's roll-up is the sum of its own figures and
// its units'. Unknown stays unknown (a cell is null when any addend's is), so a sum is exact or null.
// Every identity (R1–R4) is linear, so the sum of balanced reports balances.
import { allCellRefs, emptyFigures, getCell, setCell, type Cell, type ReportFigures } from './figures.js';
import type { FormatVersion } from './formats.js';

/** Money sums keep at most 6 decimals (万元 to the cent is 6): 0.1 + 0.2 is 0.3, not 0.30000000000000004. */
function tidy(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toFixed(6));
}

function add(a: Cell, b: Cell): Cell {
  return a === null || b === null ? null : tidy(a + b);
}

/**
 * The cell-by-cell sum of `parts`, all of `format` (a part of another format throws RangeError: the
 * two formats' rows differ). No parts: every cell 0. The sum is labelled with `label`.
 */
export function sumFigures(
  format: FormatVersion,
  parts: readonly ReportFigures[],
  label: { year: number | null; agency: string | null } = { year: null, agency: null },
): ReportFigures {
  const other = parts.find((p) => p.format !== format);
  if (other) throw new RangeError(`cannot add figures of the ${other.format} format to the ${format} format`);
  const sum = emptyFigures(format, label.year, label.agency);
  for (const ref of allCellRefs(format)) {
    let total: Cell = 0;
    for (const part of parts) total = add(total, getCell(part, ref));
    setCell(sum, ref, total);
  }
  return sum;
}
