// The thread of `readAhead` (read-ahead.ts): reads article files with blocking calls, a few
// batches ahead of the thread that works on them. Plain JavaScript, so it starts without a loader.
// It reports only facts (bytes, size, error code); ingest turns them into documents or reasons.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { dir, batches, maxBytes, ahead } = workerData;
let credit = ahead;
let next = 0;

function read(file) {
  let fd = -1;
  try {
    fd = openSync(join(dir, ...file.split('/')), 'r');
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { file, size };
    const bytes = new Uint8Array(size);
    let filled = 0;
    for (let n = 1; filled < size && n > 0; filled += n) n = readSync(fd, bytes, filled, size - filled, null);
    return { file, size, bytes: filled < size ? bytes.subarray(0, filled) : bytes };
  } catch (err) {
    return { file, code: err.code ?? String(err) };
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

function pump() {
  while (credit > 0 && next < batches.length) {
    credit--;
    parentPort.postMessage(batches[next++].map(read));
  }
}

// Each batch the other thread takes lets this one read one more.
parentPort.on('message', () => { credit++; pump(); });
pump();
