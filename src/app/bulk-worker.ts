// Worker thread of the bulk pool: reads the files it is sent strictly one at a time, in the order
// sent, and posts each outcome. The pool sends the next file ahead, so the thread never waits for it.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { processFile } from './bulk-item.js';
import type { FromWorker, ToWorker, WorkerData } from './bulk-protocol.js';

const port = parentPort;
if (!port) throw new Error('bulk-worker must run as a worker thread');
const { shape } = workerData as WorkerData;
const queue: ToWorker[] = [];
let running = false;

async function drain(): Promise<void> {
  running = true;
  for (let task = queue.shift(); task; task = queue.shift()) {
    const outcome = await processFile(task.path, shape);
    port!.postMessage({ type: 'done', id: task.id, outcome, heapBytes: getHeapStatistics().total_heap_size } satisfies FromWorker);
  }
  running = false;
}

port.on('message', (task: ToWorker) => {
  queue.push(task);
  if (!running) void drain();
});

// Tasks are sent only after this, so module loading never counts against a file's time limit.
port.postMessage({ type: 'ready' } satisfies FromWorker);
