// From printed values to cells: units converted, impossible values refused, short rows placed.
import type { Cell } from '../core/figures.js';
import type { ValueKind } from '../core/formats.js';
import { shiftDecimal, type PrintedNumber } from './numbers.js';
import type { ValueToken } from './rows.js';

export type CellReading = { ok: true; value: Cell; converted?: string } | { ok: false; reason: string };

/** One printed value as a cell of the given kind. */
export function readCell(token: ValueToken, kind: ValueKind): CellReading {
  if (token.kind === 'blank') return { ok: true, value: null };
  if (token.kind === 'run') return { ok: false, reason: `“${token.raw}”是连在一起的多个数字，无法单独读取` };
  const n: PrintedNumber = token.value;
  // Beyond 15 digits a double is no longer exact: such a "number" is values run together.
  if (n.digits.replace(/\D/g, '').length > 15) return { ok: false, reason: `“${token.raw}”位数过多，不是一个数值` };
  const isInteger = !n.digits.includes('.') || /\.0+$/.test(n.digits);
  const negative = n.digits.startsWith('-');
  switch (kind) {
    case 'count':
    case 'signedCount':
      if (n.unit) return { ok: false, reason: `“${token.raw}”带有金额单位，此处应为件数` };
      if (!isInteger) return { ok: false, reason: `“${token.raw}”不是整数` };
      if (negative && kind === 'count') return { ok: false, reason: `“${token.raw}”为负数，件数不能为负` };
      return { ok: true, value: Math.trunc(Number(n.digits)) };
    case 'yuan':
      if (negative) return { ok: false, reason: `金额“${token.raw}”为负数` };
      if (n.unit === '万元') return { ok: true, value: shiftDecimal(n.digits, 4), converted: `${token.raw} 按万元换算为元` };
      return { ok: true, value: Number(n.digits) };
    case 'tenThousandYuan':
      if (negative) return { ok: false, reason: `金额“${token.raw}”为负数` };
      if (n.unit === '元') return { ok: true, value: shiftDecimal(n.digits, -4), converted: `${token.raw} 按元换算为万元` };
      return { ok: true, value: Number(n.digits) };
  }
}

/** Most placements worth listing; beyond this a short row is simply unknown. */
const MAX_PLACEMENTS = 64;

/**
 * Every order-preserving way to put `values` (fewer than `columns`) into the columns, the rest unknown.
 * Null when there are too many ways to be of use.
 */
export function placements(values: readonly Cell[], columns: number): Cell[][] | null {
  const out: Cell[][] = [];
  const current: Cell[] = new Array<Cell>(columns).fill(null);
  const place = (vi: number, col: number): boolean => {
    if (out.length > MAX_PLACEMENTS) return false;
    if (vi === values.length) {
      out.push([...current]);
      return true;
    }
    for (let c = col; c <= columns - (values.length - vi); c++) {
      current[c] = values[vi]!;
      if (!place(vi + 1, c + 1)) return false;
      current[c] = null;
    }
    return true;
  };
  return place(0, 0) ? out : null;
}
