// Use case: read many files (hundreds to 100,000) on every core. Folders are walked lazily, files
// read by a worker pool with a time limit each, and outcomes handed back in input order with bounded
// buffering, so memory stays flat and one bad file cannot stop the run.
import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import type { Outcome, Shape } from './bulk-item.js';
import { inOrder } from './bulk-order.js';
import { WorkerPool, type PoolStats } from './bulk-pool.js';
import { addOutcome, emptyTally, type Tally } from './bulk-tally.js';
import { walkInputs } from './files.js';

export const DEFAULT_FILE_TIMEOUT_MS = 30_000;
export const FILE_TIMEOUT_ENV = 'GONGKAI_FILE_TIMEOUT_MS';

/** The per-file time limit from the environment, if it holds a positive number of milliseconds. */
export function timeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number | null {
  const ms = Number(env[FILE_TIMEOUT_ENV]);
  return Number.isFinite(ms) && ms > 0 ? ms : null;
}

export function defaultJobs(): number {
  return availableParallelism();
}

export interface BulkOptions<S extends Shape> {
  /** Files and folders, as given. */
  inputs: readonly string[];
  shape: S;
  /** Worker threads (default: the number of cores). */
  jobs?: number;
  /** Time limit per file in milliseconds (default: 30 s). */
  timeoutMs?: number;
  /** Files read or waiting at most at any time (default: 64 per worker). */
  window?: number;
  /** Each outcome in input order; awaited, so a slow writer slows the reading instead of filling memory. */
  onOutcome: (outcome: Outcome<S>, tally: Tally) => void | Promise<void>;
}

export interface BulkResult {
  tally: Tally;
  seconds: number;
  pool: PoolStats;
  /** Largest V8 heap of the main thread seen during the run (sampled). */
  mainHeapPeakBytes: number;
}

export async function runBulk<S extends Shape>(options: BulkOptions<S>): Promise<BulkResult> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const pool = new WorkerPool({ shape: options.shape, size: jobs, timeoutMs: options.timeoutMs ?? DEFAULT_FILE_TIMEOUT_MS });
  const window = Math.max(1, options.window ?? jobs * 64);
  const tally = emptyTally();
  const start = performance.now();
  let mainHeapPeakBytes = 0;
  try {
    for await (const outcome of inOrder(walkInputs(options.inputs), (path) => pool.run(path), window)) {
      addOutcome(tally, outcome);
      if (tally.done % 256 === 1) mainHeapPeakBytes = Math.max(mainHeapPeakBytes, getHeapStatistics().total_heap_size);
      await options.onOutcome(outcome, tally);
    }
  } finally {
    await pool.close();
  }
  mainHeapPeakBytes = Math.max(mainHeapPeakBytes, getHeapStatistics().total_heap_size);
  return { tally, seconds: (performance.now() - start) / 1000, pool: pool.getStats(), mainHeapPeakBytes };
}
