/** A worker thread of `prepareArticles`: prepares the batches of files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { batchPreparer, type PrepareContext } from './batch.ts';

export interface BatchRequest { id: number; paths: string[] }

const prepare = batchPreparer(workerData as PrepareContext);
// One batch at a time, in the order sent, so each stage's time is its own and not time spent
// waiting for the other batch.
let previous = Promise.resolve();
parentPort!.on('message', (request: BatchRequest) => {
  previous = previous.then(async () => { parentPort!.postMessage({ id: request.id, ...(await prepare(request.paths)) }); });
});
