// What the 主动公开 pages share: the API's views (src/office/proactive.ts) and how each value kind is
// entered and shown.
import type { ValueKind } from '../../../../../src/core/formats.js';
import type { CountCellView as CountCell } from '../../../../../src/office/proactive.js';

// The API's views, typed where they are made (type-only: nothing of the server is bundled).
export type { CountCellView as CountCell, CountsView, DocumentView, ProactiveFiguresView as FiguresView } from '../../../../../src/office/proactive.js';

/** Decimals, lower bound and the hint shown under a cell, by value kind. */
export const VALUE_INPUT: Readonly<Record<ValueKind, { precision: number; min?: number; hint: string }>> = {
  count: { precision: 0, min: 0, hint: '非负整数' },
  signedCount: { precision: 0, hint: '整数，减少填负数' },
  tenThousandYuan: { precision: 4, min: 0, hint: '万元，最多4位小数' },
  yuan: { precision: 2, min: 0, hint: '元，最多2位小数' },
};

export const cellKey = (row: string, column: string) => `${row}.${column}`;

/** The key of the cell a server message names (as “row label”行“column label”列), if any. */
export function cellOfMessage(message: string, cells: readonly CountCell[]): string | null {
  const cell = cells.find((c) => message.includes(`“${c.rowLabel}”行“${c.columnLabel}”列`));
  return cell ? cellKey(cell.row, cell.column) : null;
}
