// Table borders of a PDF page: the horizontal and vertical strokes (or hairline-thin filled rectangles,
// as Chromium and Word draw them) from pdfjs's operator list, in the same top-down page space as the text.
import type { Rule } from './pdf-layout.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type Matrix = [number, number, number, number, number, number];

/** A filled rectangle thinner than this (points) is a rule; a wider one is a shaded area. */
const THIN = 2.5;
/** Slant allowed for a stroke to count as horizontal or vertical. */
const AXIS = 0.5;
/** Pages with absurd amounts of drawing (maps, charts) are not searched for tables. */
const MAX_PATHS = 50_000;

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** pdfjs's path encoding inside constructPath (its DrawOPS, which pdfjs does not export). */
const DrawOPS = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

export function pageRules(lib: Pdfjs, ops: OperatorList, viewport: Matrix): Rule[] {
  const { OPS, Util } = lib;
  const stroked = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const filled = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let paths = 0;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform && args) ctm = Util.transform(ctm, args) as Matrix;
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0];
      if (Array.isArray(m) && m.length === 6) ctm = Util.transform(ctm, m) as Matrix;
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.constructPath && args) {
      if (++paths > MAX_PATHS) return [];
      const paint = args[0] as number;
      if (!stroked.has(paint) && !filled.has(paint)) continue; // clipping paths draw nothing
      const data = (args[1] as unknown[] | undefined)?.[0];
      if (!data || typeof (data as ArrayLike<number>).length !== 'number') continue;
      const m = Util.transform(viewport, ctm) as Matrix;
      for (const sub of subpaths(data as ArrayLike<number>)) {
        const points = sub.map(([x, y]) => apply(m, x, y));
        if (stroked.has(paint)) strokeRules(points, rules);
        if (filled.has(paint)) fillRule(points, rules);
      }
    }
  }
  return rules;
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Straight-line subpaths as point lists (a closed subpath repeats its first point); curves end a subpath. */
function subpaths(path: ArrayLike<number>): [number, number][][] {
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  const end = (): void => {
    if (current.length > 1) out.push(current);
    current = [];
  };
  for (let i = 0; i < path.length; ) {
    const op = path[i]!;
    if (op === DrawOPS.moveTo) {
      end();
      current.push([path[i + 1]!, path[i + 2]!]);
      i += 3;
    } else if (op === DrawOPS.lineTo) {
      current.push([path[i + 1]!, path[i + 2]!]);
      i += 3;
    } else if (op === DrawOPS.curveTo) {
      end();
      current.push([path[i + 5]!, path[i + 6]!]);
      i += 7;
    } else if (op === DrawOPS.quadraticCurveTo) {
      end();
      current.push([path[i + 3]!, path[i + 4]!]);
      i += 5;
    } else if (op === DrawOPS.closePath) {
      if (current.length > 0) current.push(current[0]!);
      end();
      i += 1;
    } else {
      break; // unknown encoding: stop rather than misread
    }
  }
  end();
  return out;
}

function strokeRules(points: readonly [number, number][], rules: Rule[]): void {
  for (let k = 1; k < points.length; k++) {
    const [x1, y1] = points[k - 1]!;
    const [x2, y2] = points[k]!;
    if (Math.abs(y1 - y2) <= AXIS && Math.abs(x1 - x2) > AXIS) rules.push({ dir: 'h', at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
    else if (Math.abs(x1 - x2) <= AXIS && Math.abs(y1 - y2) > AXIS) rules.push({ dir: 'v', at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
  }
}

/** A filled axis-aligned rectangle that is hairline-thin in one direction is a rule. */
function fillRule(points: readonly [number, number][], rules: Rule[]): void {
  if (points.length < 4 || points.length > 5) return;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Axis-aligned: every point on the bounding box's corners.
  if (!points.every(([x, y]) => (near(x, x1) || near(x, x2)) && (near(y, y1) || near(y, y2)))) return;
  const w = x2 - x1;
  const h = y2 - y1;
  if (h <= THIN && w > h) rules.push({ dir: 'h', at: (y1 + y2) / 2, from: x1, to: x2 });
  else if (w <= THIN && h > w) rules.push({ dir: 'v', at: (x1 + x2) / 2, from: y1, to: y2 });
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= AXIS;
