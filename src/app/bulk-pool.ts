// A pool of worker threads that read files in parallel. Each file has a time limit: a worker that
// exceeds it is terminated and replaced, and the file is reported as FILE_TIMEOUT, so one
// pathological document cannot hang a run of 100,000.
import { Worker } from 'node:worker_threads';
import { failureOutcome, type Failure, type Outcome, type Shape } from './bulk-item.js';
import type { FromWorker, ToWorker, WorkerData } from './bulk-protocol.js';

export interface PoolOptions<S extends Shape> {
  shape: S;
  /** Worker threads at most (started as work arrives). */
  size: number;
  /** Time limit per file, in milliseconds. */
  timeoutMs: number;
}

export interface PoolStats {
  workersStarted: number;
  timeouts: number;
  /** Largest V8 heap any worker reported (the workers are threads: their memory is part of the process RSS). */
  workerHeapPeakBytes: number;
}

interface Task<S extends Shape> {
  id: number;
  path: string;
  resolve: (o: Outcome<S>) => void;
  reject: (e: Error) => void;
  timer?: NodeJS.Timeout;
}

interface Slot<S extends Shape> {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  /** Sent to the worker, in order; the first is being read, and only it is timed. */
  tasks: Task<S>[];
}

/**
 * Files sent to a worker ahead of the one it is reading: it goes straight on to the next instead of
 * waiting a round trip through a busy main thread (measured: a third of its time on two loaded cores).
 */
const PREFETCH = 2;

/**
 * The worker script beside this module: the compiled .js, or under tsx (tests) the .ts source, which
 * a worker can only load once tsx is registered in it (execArgv ['--import', 'tsx'] is not applied
 * to a worker's entry in Node 20), hence the small bootstrap.
 */
function workerEntry(): { script: string | URL; evaluate: boolean } {
  if (!import.meta.url.endsWith('.ts')) return { script: new URL('./bulk-worker.js', import.meta.url), evaluate: false };
  const worker = new URL('./bulk-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  return { script: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); });`, evaluate: true };
}

/** Workers that die before they are ready this many times in a row mean the pool cannot work at all. */
const MAX_START_FAILURES = 3;

export class WorkerPool<S extends Shape> {
  private readonly slots: Slot<S>[] = [];
  private readonly queue: Task<S>[] = [];
  private nextId = 0;
  private startFailures = 0;
  private fatal: Error | null = null;
  private closed = false;
  private readonly stats: PoolStats = { workersStarted: 0, timeouts: 0, workerHeapPeakBytes: 0 };

  constructor(private readonly options: PoolOptions<S>) {
    if (!(options.size >= 1)) throw new Error('pool size must be at least 1');
  }

  /** Reads one file. Resolves with its outcome (time-outs and crashes included); rejects only if no worker can start. */
  run(path: string): Promise<Outcome<S>> {
    return new Promise((resolve, reject) => {
      if (this.fatal) return reject(this.fatal);
      if (this.closed) return reject(new Error('pool closed'));
      this.queue.push({ id: this.nextId++, path, resolve, reject });
      this.pump();
    });
  }

  getStats(): PoolStats {
    return { ...this.stats };
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const s of slots) {
      s.dead = true;
      for (const t of s.tasks) clearTimeout(t.timer);
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      // The least loaded ready worker, so that an idle one is always served first.
      let best: Slot<S> | undefined;
      for (const s of this.slots) if (s.ready && s.tasks.length < PREFETCH && (!best || s.tasks.length < best.tasks.length)) best = s;
      if (!best) break;
      this.dispatch(best, this.queue.shift()!);
    }
    const starting = this.slots.filter((s) => !s.ready).length;
    let wanted = Math.min(this.queue.length - starting, this.options.size - this.slots.length);
    while (wanted-- > 0) this.spawn();
  }

  private dispatch(slot: Slot<S>, task: Task<S>): void {
    slot.tasks.push(task);
    slot.worker.postMessage({ id: task.id, path: task.path } satisfies ToWorker);
    if (slot.tasks.length === 1) this.startClock(slot);
  }

  /** The time limit runs from when the worker starts a file: when it is sent to an idle worker, or the file before it is done. */
  private startClock(slot: Slot<S>): void {
    const head = slot.tasks[0];
    if (head) head.timer = setTimeout(() => this.expire(slot), this.options.timeoutMs);
  }

  private spawn(): void {
    const { script, evaluate } = workerEntry();
    const worker = new Worker(script, { eval: evaluate, workerData: { shape: this.options.shape } satisfies WorkerData, execArgv: [] });
    const slot: Slot<S> = { worker, ready: false, dead: false, tasks: [] };
    this.slots.push(slot);
    this.stats.workersStarted++;
    worker.on('message', (msg: FromWorker) => this.onMessage(slot, msg));
    worker.on('error', (e: Error & { code?: string }) => this.onDeath(slot, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'oom' : e));
    worker.on('exit', (code) => this.onDeath(slot, new Error(`worker exited with code ${code}`)));
  }

  private onMessage(slot: Slot<S>, msg: FromWorker): void {
    if (slot.dead) return;
    if (msg.type === 'ready') {
      slot.ready = true;
      this.startFailures = 0;
      this.pump();
      return;
    }
    const task = slot.tasks[0];
    if (!task || task.id !== msg.id) return;
    clearTimeout(task.timer);
    slot.tasks.shift();
    this.startClock(slot);
    this.stats.workerHeapPeakBytes = Math.max(this.stats.workerHeapPeakBytes, msg.heapBytes);
    task.resolve(msg.outcome as Outcome<S>);
    this.pump();
  }

  /** Takes a dead worker out; the files it was sent but had not started go back to the front of the queue. */
  private retire(slot: Slot<S>): Task<S> | undefined {
    slot.dead = true;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    const [head, ...waiting] = slot.tasks;
    slot.tasks = [];
    clearTimeout(head?.timer);
    this.queue.unshift(...waiting);
    return head;
  }

  private expire(slot: Slot<S>): void {
    if (slot.dead) return;
    const task = this.retire(slot);
    void slot.worker.terminate();
    if (task) {
      this.stats.timeouts++;
      const seconds = this.options.timeoutMs / 1000;
      this.finish(task, { code: 'FILE_TIMEOUT', message: `读取超过 ${seconds} 秒仍未完成，已跳过（文件可能异常复杂或已损坏）。` });
    }
    this.pump();
  }

  private onDeath(slot: Slot<S>, cause: Error | 'oom'): void {
    if (slot.dead) return;
    const wasReady = slot.ready;
    const task = this.retire(slot);
    if (task) {
      const failure: Failure =
        cause === 'oom'
          ? { code: 'FILE_OUT_OF_MEMORY', message: '读取该文件时内存不足，已跳过。' }
          : { code: 'WORKER_FAILED', message: `读取线程意外退出（${cause.message}），已跳过该文件。` };
      this.finish(task, failure);
    }
    if (!wasReady && ++this.startFailures >= MAX_START_FAILURES) {
      this.fatal = new Error(`无法启动读取线程：${cause === 'oom' ? '内存不足' : cause.message}`);
      for (const t of this.queue.splice(0)) t.reject(this.fatal);
      return;
    }
    if (!this.closed) this.pump();
  }

  private finish(task: Task<S>, failure: Failure): void {
    task.resolve(failureOutcome(task.path, failure, this.options.shape));
  }
}
