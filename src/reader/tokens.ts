// Cells → tokens: a number, a blank (or a dash standing for nothing), or text.
import { normalizeLabel } from '../core/text.js';
import type { Line } from './lines.js';
import { parsePrinted, type PrintedNumber } from './numbers.js';

export type Token =
  | { kind: 'number'; value: PrintedNumber; raw: string; lineNo: number; rowStart: boolean; blanksAreCells: boolean; structured: boolean }
  | { kind: 'blank'; raw: string; lineNo: number; rowStart: boolean; blanksAreCells: boolean; structured: boolean }
  /** Digits run together with no separator ("801000081", "21+981780"): several values, split later. */
  | { kind: 'run'; digits: string; raw: string; lineNo: number; rowStart: boolean; blanksAreCells: boolean; structured: boolean }
  | { kind: 'text'; text: string; norm: string; lineNo: number; rowStart: boolean; blanksAreCells: boolean; structured: boolean };

const DASH = /^[-—–－_/／\\无]+$/;
/** A label with its values run onto it: "一、本年新收政府信息公开申请数量801000081". */
const GLUED = /^(.*[\u4e00-\u9fff）)\]”"])((?:[+\-]?\d+)+)$/;
/** Page numbers such as "— 4 —" or "-4-" that a PDF leaves inside a table. */
const PAGE_FOOTER = /^(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?)$/;

export function tokenize(lines: readonly Line[]): Token[] {
  const out: Token[] = [];
  for (const line of lines) {
    let rowStart = true;
    const blanksAreCells = line.kind === 'html' || line.kind === 'pipe';
    /** A row of several cells, where a label and its values share the line for certain. */
    const structured = line.kind !== 'text';
    const push = (t: Token): void => {
      out.push(t);
      rowStart = false;
    };
    line.cells.forEach((cell, c) => {
      const parts = splitCell(cell);
      for (const part of parts) {
        const base = { lineNo: line.lineNo, rowStart, blanksAreCells, structured };
        if (part === '' || DASH.test(part)) push({ kind: 'blank', raw: part, ...base });
        else if (PAGE_FOOTER.test(part)) continue;
        else {
          const value = parsePrinted(part);
          // Values run onto their label only where the whole row is one cell: in a row of separate
          // cells, "数据1" is a column header.
          const glued = value || line.cells.length > 1 ? null : GLUED.exec(part);
          if (value) push({ kind: 'number', value, raw: part, ...base });
          else if (/^\d{2,}$/.test(part)) push({ kind: 'run', digits: part, raw: part, ...base }); // "0200…": values run together
          else if (glued) {
            push({ kind: 'text', text: glued[1]!, norm: normalizeLabel(glued[1]!), ...base });
            push({ kind: 'run', digits: glued[2]!, raw: glued[2]!, ...base, rowStart: false });
          } else push({ kind: 'text', text: part, norm: parts.length === 1 ? line.norms[c]! : normalizeLabel(part), ...base });
        }
      }
    });
  }
  return out;
}

const SPACE = /[ \u00a0\u3000]/;

/**
 * A cell whose text ends in numbers separated by spaces ("（七）总计 0 0 0", from PDF text that lost
 * its tabs) is split into its label and its numbers. Anything else stays one cell.
 */
function splitCell(cell: string): string[] {
  if (!SPACE.test(cell)) return [cell];
  const parts = cell.split(/[ \u00a0\u3000]+/).filter((p) => p !== '');
  if (parts.length < 2) return [cell];
  let firstNumber = parts.length;
  while (firstNumber > 0 && parsePrinted(parts[firstNumber - 1]!)) firstNumber--;
  if (firstNumber === parts.length) return [cell];
  const numbers = parts.slice(firstNumber);
  return firstNumber === 0 ? numbers : [parts.slice(0, firstNumber).join(' '), ...numbers];
}
