// Completing a table from what was read and its own arithmetic — never by guessing.
//
// Each row read either gave its cells outright or, when it printed fewer values than it has columns,
// a list of candidate placements. A cell is filled only when every placement that is consistent with
// the identities (R1–R4) agrees on its value; everything else stays null.
import { allCellRefs, cloneFigures, getCell, refKey, setCell, type Cell, type CellRef, type ReportFigures } from '../core/figures.js';
import type { Identity } from '../core/identities.js';

export interface AmbiguousRow {
  cells: CellRef[];
  /** Each candidate gives a value (or null: unknown) for every cell, in `cells` order. */
  candidates: Cell[][];
  /**
   * For digits that may be values run together: the candidates if they are (`cut`) and if they are
   * whole numbers with cells lost around them (`whole`). `candidates` is their union.
   */
  readings?: { cut: Cell[][]; whole: Cell[][] };
  /**
   * A reading the layout suggests but does not prove (values placed by the table's row order): kept
   * only when the identities hold with it, never when the arithmetic cannot be used.
   */
  needsTrust?: boolean;
}

export interface SolveResult {
  /** Whether the identities were used (the document does not break them, nothing contradicted). */
  trusted: boolean;
  /** Cells filled by placement or arithmetic rather than read directly. */
  inferred: CellRef[];
  /** Rows whose cells could not all be placed: the cells left null and the candidates. */
  unresolved: { row: AmbiguousRow; cells: CellRef[] }[];
}

type Grid = Map<string, Cell>;

/** An identity over cell keys (refKey), the form the solver works in. */
interface Equation {
  left: string[];
  right: string[];
  /** The same cells as indexes into `Prepared.keys`, for bound propagation. */
  l: number[];
  r: number[];
}

interface Prepared {
  equations: Equation[];
  refs: Map<string, CellRef>;
  /** Every cell the identities name, in a fixed order. */
  keys: string[];
}

const prepared = new WeakMap<readonly Identity[], Prepared>();

function prepare(identities: readonly Identity[]): Prepared {
  let p = prepared.get(identities);
  if (!p) {
    const refs = new Map<string, CellRef>();
    const index = new Map<string, number>();
    const keys = (side: readonly CellRef[]) =>
      side.map((ref) => {
        const key = refKey(ref);
        refs.set(key, ref);
        if (!index.has(key)) index.set(key, index.size);
        return key;
      });
    const equations = identities.map((id) => {
      const left = keys(id.left);
      const right = keys(id.right);
      return { left, right, l: left.map((k) => index.get(k)!), r: right.map((k) => index.get(k)!) };
    });
    p = { equations, refs, keys: [...index.keys()] };
    prepared.set(identities, p);
  }
  return p;
}

export function solve(figures: ReportFigures, identities: readonly Identity[], ambiguous: readonly AmbiguousRow[]): SolveResult {
  const { equations, refs, keys } = prepare(identities);
  const grid: Grid = new Map();
  let blanks = 0;
  for (const [key, ref] of refs) {
    const v = getCell(figures, ref);
    grid.set(key, v);
    if (v === null) blanks++;
  }
  // The common case: every cell read, nothing to place or fill.
  if (blanks === 0 && ambiguous.length === 0) return { trusted: true, inferred: [], unresolved: [] };
  const readDirectly = new Set([...grid].filter(([, v]) => v !== null).map(([k]) => k));
  // Identities the document itself breaks prove nothing; they are left to the checks.
  const broken = new Set(equations.filter((eq) => evaluate(grid, eq) === 'broken'));
  const usable = equations.filter((eq) => !broken.has(eq));

  // With the arithmetic trusted first; if that leads to a contradiction (no placement of some row
  // fits, or the identities clash), the arithmetic cannot be relied on here and only what every
  // placement shows without it is kept.
  let outcome = broken.size === 0 ? attempt(grid, usable, keys, ambiguous, true) : null;
  const trusted = outcome !== null && !outcome.contradicted;
  if (!outcome || outcome.contradicted) outcome = attempt(grid, usable, keys, ambiguous, false);
  const { grid: finalGrid, pending } = outcome;

  const inferred: CellRef[] = [];
  const seen = new Set<string>();
  const allRefs = [...refs.values(), ...ambiguous.flatMap((r) => r.cells)];
  for (const ref of allRefs) {
    const key = refKey(ref);
    if (seen.has(key)) continue;
    seen.add(key);
    const v = finalGrid.get(key) ?? null;
    if (v !== null && getCell(figures, ref) === null) {
      setCell(figures, ref, v);
      if (!readDirectly.has(key)) inferred.push(ref);
    }
  }
  const unresolved = pending
    .map((row) => ({ row, cells: row.cells.filter((ref) => getCell(figures, ref) === null) }))
    .filter((u) => u.cells.length > 0);
  return { trusted, inferred, unresolved };
}

/**
 * Rows that may be values run together are solved twice: as if the whole table were printed run
 * together, and as if its digits were whole numbers. A reading the arithmetic contradicts is
 * dropped; where both stand, only cells on which they agree are kept; where neither does, every
 * candidate of both stays in play.
 */
export function solveReadings(figures: ReportFigures, identities: readonly Identity[], ambiguous: readonly AmbiguousRow[]): SolveResult {
  if (!ambiguous.some((r) => r.readings)) return solve(figures, identities, ambiguous);
  const trial = (pick: 'cut' | 'whole') => {
    const rows = ambiguous.map((r) => (r.readings ? { cells: r.cells, candidates: r.readings[pick] } : r));
    if (rows.some((r) => r.candidates.length === 0)) return null;
    const copy = cloneFigures(figures);
    const result = solve(copy, identities, rows);
    return result.trusted ? { copy, result } : null;
  };
  const cut = trial('cut');
  const whole = trial('whole');
  if (!cut && !whole) return solve(figures, identities, ambiguous);
  const inferred: CellRef[] = [];
  for (const ref of allCellRefs(figures.format)) {
    if (getCell(figures, ref) !== null) continue;
    const a = cut ? getCell(cut.copy, ref) : undefined;
    const b = whole ? getCell(whole.copy, ref) : undefined;
    const value = a === undefined ? b! : b === undefined ? a : a === b ? a : null;
    if (value !== null) {
      setCell(figures, ref, value);
      inferred.push(ref);
    }
  }
  const unresolved = ambiguous
    .map((row) => ({ row, cells: row.cells.filter((ref) => getCell(figures, ref) === null) }))
    .filter((u) => u.cells.length > 0);
  return { trusted: true, inferred, unresolved };
}

interface Attempt {
  grid: Grid;
  pending: AmbiguousRow[];
  contradicted: boolean;
}

/**
 * Placements tried against the identities in one solve. A table that needs more (long runs of
 * digits in every row) is not worth the wait: it is read without the arithmetic, which is always safe.
 */
const PROPAGATION_BUDGET = 60_000;

function attempt(start: Grid, usable: readonly Equation[], keys: readonly string[], ambiguous: readonly AmbiguousRow[], trust: boolean): Attempt {
  const grid = new Map(start);
  let budget = PROPAGATION_BUDGET;
  let pending = [...ambiguous];
  for (let round = 0; round < 4 && pending.length > 0; round++) {
    // Rows with the fewest candidates first: what they fix prunes the others cheaply.
    pending.sort((a, b) => a.candidates.length - b.candidates.length);
    const still: AmbiguousRow[] = [];
    for (const row of pending) {
      if (!trust && row.needsTrust) {
        still.push(row);
        continue;
      }
      let survivors = row.candidates.filter((c) => compatible(grid, row.cells, c));
      const outcomes: Grid[] = [];
      if (trust) {
        const kept: Cell[][] = [];
        for (const c of survivors) {
          if (--budget < 0) return { grid, pending, contradicted: true };
          const g = propagate(withRow(grid, row.cells, c), usable, keys);
          if (g) {
            kept.push(c);
            outcomes.push(g);
          }
        }
        survivors = kept;
        if (survivors.length === 0) return { grid, pending, contradicted: true };
      }
      let open = false;
      row.cells.forEach((ref, i) => {
        const key = refKey(ref);
        // Without the arithmetic a cell is what every candidate (or the grid already) says.
        const valueOf = trust ? (k: number) => outcomes[k]!.get(key) ?? null : (k: number) => survivors[k]![i] ?? grid.get(key) ?? null;
        const first = survivors.length > 0 ? valueOf(0) : null;
        let agreed = first !== null;
        for (let k = 1; agreed && k < survivors.length; k++) agreed = valueOf(k) === first;
        if (agreed) grid.set(key, first);
        else open = true;
      });
      if (open) still.push(survivors.length > 0 ? { ...row, candidates: survivors } : row);
    }
    pending = still;
  }
  if (!trust) return { grid, pending, contradicted: false };
  const final = propagate(grid, usable, keys);
  return final ? { grid: final, pending, contradicted: false } : { grid, pending, contradicted: true };
}

/** A candidate may not contradict a value already known for one of its cells. */
function compatible(grid: Grid, cells: readonly CellRef[], values: readonly Cell[]): boolean {
  return cells.every((ref, i) => {
    const known = grid.get(refKey(ref)) ?? null;
    const v = values[i] ?? null;
    return known === null || v === null || known === v;
  });
}

function withRow(grid: Grid, cells: readonly CellRef[], values: readonly Cell[]): Grid {
  const g = new Map(grid);
  cells.forEach((ref, i) => {
    const v = values[i] ?? null;
    if (v !== null) g.set(refKey(ref), v);
  });
  return g;
}

type Status = 'ok' | 'broken' | 'open';

function evaluate(grid: Grid, eq: Equation): Status {
  const l = side(grid, eq.left);
  const r = side(grid, eq.right);
  if (l.unknown.length + r.unknown.length > 0) return 'open';
  return l.known === r.known ? 'ok' : 'broken';
}

function side(grid: Grid, keys: readonly string[]): { known: number; unknown: string[] } {
  let known = 0;
  const unknown: string[] = [];
  for (const key of keys) {
    const v = grid.get(key) ?? null;
    if (v === null) unknown.push(key);
    else known += v;
  }
  return { known, unknown };
}

/** Rounds of bound tightening; a table needing more gives what is certain so far. */
const BOUND_ROUNDS = 64;

/**
 * Derive what the identities force, on a copy; null when they contradict each other.
 * Cells are non-negative integers: each unknown gets a lower and an upper bound from every identity
 * it is in (sum of one side = sum of the other), tightened until nothing changes, and a cell whose
 * bounds meet is filled. Sound: a bound is only ever one that every solution obeys.
 */
function propagate(start: Grid, equations: readonly Equation[], keys: readonly string[]): Grid | null {
  const n = keys.length;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = start.get(keys[i]!) ?? null;
    lo[i] = v ?? 0;
    hi[i] = v ?? Infinity;
  }
  let changed = true;
  for (let round = 0; changed && round < BOUND_ROUNDS; round++) {
    changed = false;
    for (const eq of equations) {
      const a = tighten(eq.l, eq.r, lo, hi);
      if (a < 0) return null;
      const b = tighten(eq.r, eq.l, lo, hi);
      if (b < 0) return null;
      if (a + b > 0) changed = true;
    }
  }
  const grid = new Map(start);
  for (let i = 0; i < n; i++) if (lo[i] === hi[i] && (start.get(keys[i]!) ?? null) === null) grid.set(keys[i]!, lo[i]!);
  return grid;
}

/**
 * Bounds of each cell of `side` from sum(side) = sum(other): 1 when one moved, 0 when none did,
 * -1 when a cell's bounds crossed (the identity cannot hold).
 */
function tighten(side: readonly number[], other: readonly number[], lo: Float64Array, hi: Float64Array): number {
  let otherLo = 0;
  let otherHi = 0;
  for (const o of other) {
    otherLo += lo[o]!;
    otherHi += hi[o]!;
  }
  let sideLo = 0;
  let sideHi = 0;
  let unbounded = 0;
  for (const s of side) {
    sideLo += lo[s]!;
    if (hi[s] === Infinity) unbounded++;
    else sideHi += hi[s]!;
  }
  let moved = 0;
  for (const x of side) {
    const xl = lo[x]!;
    const xh = hi[x]!;
    const open = xh === Infinity;
    // The rest of the side: its largest and smallest possible sums.
    const restHi = unbounded - (open ? 1 : 0) > 0 ? Infinity : sideHi - (open ? 0 : xh);
    const restLo = sideLo - xl;
    const newLo = otherLo - restHi;
    const newHi = otherHi - restLo;
    if (newLo > xl) {
      lo[x] = newLo;
      sideLo += newLo - xl;
      moved = 1;
    }
    if (newHi < xh) {
      hi[x] = newHi;
      if (open) unbounded--;
      else sideHi -= xh;
      sideHi += newHi;
      moved = 1;
    }
    if (lo[x]! > hi[x]!) return -1;
  }
  return moved;
}
