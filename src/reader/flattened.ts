// Rows printed with every value run together ("801000081" for 80 | 1 | 0 | 0 | 0 | 0 | 81).
// Every way to cut the digits into the row's cells is a candidate; the solver keeps only what the
// tables' arithmetic allows, and a cell stays null unless every surviving cut agrees on it.
import type { Cell } from '../core/figures.js';
import type { ValueKind } from '../core/formats.js';
import type { ValueToken } from './rows.js';

/** Cuts beyond this many are not enumerated: the row is left unknown. */
const MAX_CUTS = 20_000;

/**
 * The digit strings of a row that must be cut, or null when the row is not flattened: it has a run
 * glued to its label, or it is short and its only value has at least as many digits as it has cells.
 */
export function flattenedSegments(values: readonly ValueToken[], columns: number): string[] | null {
  const present = values.filter((v) => v.kind !== 'blank');
  if (present.some((v) => v.kind === 'run')) {
    const segments: string[] = [];
    for (const v of present) {
      if (v.kind === 'run') segments.push(v.digits);
      else if (v.kind === 'number' && /^-?\d+$/.test(v.value.digits) && !v.value.unit) segments.push(v.value.digits);
      else return null; // decimals or units inside a run: no safe cut
    }
    return segments;
  }
  if (values.length === 1 && present.length === 1 && columns > 1) {
    const only = present[0]!;
    if (only.kind === 'number' && !only.value.unit && /^\d+$/.test(only.value.digits) && only.value.digits.length >= columns) {
      return [only.value.digits];
    }
  }
  return null;
}

/** A signed piece starts a new value: "21+981780" → ["21", "+981780"]. */
function pieces(segment: string): string[] {
  return segment.split(/(?=[+\-])/).filter((p) => p !== '');
}

/** A printed integer as a cell of `kind`, or undefined when it cannot be one. */
function asCell(text: string, kind: ValueKind): number | undefined {
  const unsigned = text.replace(/^[+\-]/, '');
  if (unsigned === '' || (unsigned.length > 1 && unsigned.startsWith('0'))) return undefined;
  const value = Number(text.replace(/^\+/, ''));
  if (value < 0 && kind !== 'signedCount') return undefined;
  return value;
}

/** Every cut of the segments into exactly kinds.length values; null when there are too many. */
export function cuts(segments: readonly string[], kinds: readonly ValueKind[]): Cell[][] | null {
  const all = segments.flatMap(pieces);
  const out: Cell[][] = [];
  const current: number[] = [];
  const walk = (piece: number, offset: number): boolean => {
    if (out.length > MAX_CUTS) return false;
    const col = current.length;
    if (piece === all.length) {
      if (col === kinds.length) out.push([...current]);
      return true;
    }
    const text = all[piece]!;
    const sign = offset === 0 && /^[+\-]/.test(text) ? 1 : 0;
    const remainingPieces = all.length - piece - 1;
    for (let end = offset + sign + 1; end <= text.length; end++) {
      if (col >= kinds.length) break;
      const value = asCell(text.slice(offset, end), kinds[col]!);
      if (value === undefined) continue;
      // Not enough columns left for the pieces still to come: stop early.
      if (kinds.length - col - 1 < remainingPieces) break;
      current.push(value);
      const ok = end === text.length ? walk(piece + 1, 0) : walk(piece, end);
      current.pop();
      if (!ok) return false;
    }
    return true;
  };
  return walk(0, 0) ? out : null;
}
