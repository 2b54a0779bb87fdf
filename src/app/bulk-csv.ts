// The bulk dataset as CSV: one row per report (RFC 4180, CRLF, UTF-8 with BOM so Excel reads the
// Chinese), every text field guarded against formula injection.
import { csvField } from '../render/csv.js';
import { formatValue } from '../render/layout.js';
import { DATASET_COLUMNS, headerOf, type DatasetColumn, type HeaderStyle } from './bulk-columns.js';
import type { DatasetValue } from './bulk-item.js';
import { finishTarget, writeChunk, type Sink, type Target } from './bulk-sink.js';

const BOM = '\uFEFF';
const CRLF = '\r\n';

function field(column: DatasetColumn, value: DatasetValue): string {
  if (value === null) return '';
  if (column.kind === 'figure') {
    // Plain numbers for machines: signed changes without "+", money without float noise.
    const kind = column.valueKind === 'signedCount' ? 'count' : column.valueKind;
    return csvField(typeof value === 'number' ? formatValue(value, kind) : String(value), false);
  }
  return typeof value === 'number' ? csvField(String(value), false) : csvField(value, true);
}

export function csvHeaderLine(style: HeaderStyle): string {
  return DATASET_COLUMNS.map((c) => csvField(headerOf(c, style), true)).join(',') + CRLF;
}

export function csvRowLine(values: readonly DatasetValue[]): string {
  return DATASET_COLUMNS.map((c, i) => field(c, values[i] ?? null)).join(',') + CRLF;
}

export function csvSink(target: Target, style: HeaderStyle = 'label'): Sink<'row'> {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    await writeChunk(target.stream, BOM + csvHeaderLine(style));
  };
  return {
    shape: 'row',
    write: async (o) => {
      await start();
      await writeChunk(target.stream, csvRowLine(o.payload));
    },
    end: async () => {
      await start(); // an empty run still gives a file with its header
      await finishTarget(target);
    },
  };
}
