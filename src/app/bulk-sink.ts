// Where a bulk run's outcomes go, one at a time, in input order. Writes wait for the stream to drain,
// so a slow disk or pipe slows the reading instead of filling memory.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Outcome, Shape } from './bulk-item.js';

export interface Sink<S extends Shape> {
  /** What each outcome must carry for this output. */
  readonly shape: S;
  write(outcome: Outcome<S>): Promise<void>;
  /** Writes what remains (a workbook's closing parts) and, for a file, closes it. */
  end(): Promise<void>;
}

/** The output stream, and whether the sink owns it (a file, closed at the end) or not (stdout). */
export interface Target {
  stream: Writable;
  close: boolean;
}

export async function writeChunk(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

export async function finishTarget(target: Target): Promise<void> {
  if (!target.close) return;
  const done = once(target.stream, 'finish');
  target.stream.end();
  await done;
}

/** JSON Lines: one contract object per file (with "source"), failures as {"source","error"}. */
export function jsonLinesSink(target: Target): Sink<'json'> {
  return {
    shape: 'json',
    write: (o) => writeChunk(target.stream, `${o.payload}\n`),
    end: () => finishTarget(target),
  };
}
