// What the 主动公开 pages share: the API's views (src/office/proactive.ts) and how each value kind is
// entered and shown.
import type { FormatVersion, ValueKind } from '../../../../../src/core/formats.js';
import type { RegisterKind } from '../../../../../src/core/proactive/register.js';

export interface DocumentView {
  id: string;
  kind: RegisterKind;
  kindLabel: string;
  title: string;
  docNumber: string | null;
  issuedOn: string;
  publishedOn: string | null;
  repealedOn: string | null;
  inForce: boolean;
}

export interface CountCell {
  caption: string;
  row: string;
  rowLabel: string;
  column: string;
  columnLabel: string;
  kind: ValueKind;
  value: number | null;
}

export interface CountsView {
  year: number;
  format: FormatVersion;
  cells: CountCell[];
}

export interface FiguresView {
  year: number;
  format: FormatVersion;
  proactive: Record<string, Record<string, number | null>>;
}

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
