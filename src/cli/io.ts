// What the CLI writes to: line printers for messages, and the real streams when there are any.
import { Writable } from 'node:stream';

export type Out = (text: string) => void;

export interface TerminalStream extends Writable {
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: Out;
  stderr: Out;
  /**
   * The process's own streams (bin.ts). Bulk output is streamed into them with backpressure and the
   * progress line is drawn only when stderr is a terminal. Without them, output goes through `stdout`.
   */
  streams?: { stdout: TerminalStream; stderr: TerminalStream };
}

/** A stream over a line printer, for callers that give no real stdout. */
export function printerStream(out: Out): Writable {
  return new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, callback) {
      out(String(chunk));
      callback();
    },
  });
}
