/**
 * Reads article files on a thread of its own, a few batches ahead of the thread that cleans and
 * extracts them, so that thread never waits for the disk and never pays for asynchronous reads
 * (on files already in memory, blocking reads take a fraction of the time of asynchronous ones).
 */
import { Worker } from 'node:worker_threads';

/** What reading one file found: its bytes, or its size when over the limit, or an error code. */
export interface FileRead {
  /** Relative path with `/` separators, as listArticleFiles gives it. */
  file: string;
  size?: number;
  bytes?: Uint8Array;
  code?: string;
}

export interface ReadAheadOptions {
  /** Files over this size are not read (their size is reported). */
  maxFileBytes: number;
  /** Batches read before the first is taken; memory stays bounded however many there are. */
  ahead?: number;
}

/** Yields the files of each batch, in the order given, read on another thread. */
export async function* readAhead(dir: string, batches: string[][], options: ReadAheadOptions): AsyncGenerator<FileRead[]> {
  if (!batches.length) return;
  const worker = new Worker(new URL('./read-thread.mjs', import.meta.url), {
    workerData: { dir, batches, maxBytes: options.maxFileBytes, ahead: Math.max(1, options.ahead ?? 4) },
  });
  const ready: FileRead[][] = [];
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => { wake?.(); wake = null; };
  worker.on('message', (files: FileRead[]) => { ready.push(files); signal(); });
  worker.on('error', (err) => { failure = err; signal(); });
  worker.on('exit', (code) => { if (code !== 0 && !failure) failure = new Error(`the reading thread stopped (exit ${code})`); signal(); });
  try {
    for (let taken = 0; taken < batches.length; taken++) {
      while (!ready.length) {
        if (failure) throw new Error(`reading the article files failed: ${(failure as Error).message}`);
        await new Promise<void>((resolve) => { wake = resolve; });
      }
      worker.postMessage('next');
      yield ready.shift()!;
    }
  } finally {
    await worker.terminate();
  }
}
