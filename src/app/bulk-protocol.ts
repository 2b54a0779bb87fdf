// Messages between the bulk pool and its worker threads.
import type { Outcome, Shape } from './bulk-item.js';

export interface WorkerData {
  shape: Shape;
}

export interface ToWorker {
  id: number;
  path: string;
}

export type FromWorker =
  | { type: 'ready' }
  /** heapBytes: the worker's V8 heap after the task, for the run's memory report. */
  | { type: 'done'; id: number; outcome: Outcome; heapBytes: number };
