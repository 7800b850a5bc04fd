/**
 * ingest -> clean -> extract -> render for every file of the archive, in this thread or in worker threads
 * (`threads` in config.ts): each file's work is independent, and results are put back in path
 * order, so the outcome never depends on the number of threads or their timing.
 */
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { pruneVersions } from '../cache.ts';
import { listArticleFiles, readAhead } from '../ingest/index.ts';
import type { Message, PreparedArticle } from '../types.ts';
import { batchPreparer, type BatchResult, type Outcome, type PrepareContext, type StageTimes } from './batch.ts';
import type { BatchRequest } from './worker.ts';

export type { PrepareConfig, PrepareContext } from './batch.ts';

export interface PrepareOptions extends PrepareContext {
  /** 1: this thread only; more: that many worker threads (see `threads` in config.ts). */
  threads: number;
  progress?: (done: number, total: number) => void;
  /** Only this part of the files (`npm run build -- --part 2/8`): each machine of a batch prepares one. */
  part?: Part;
}

/** The index-th of `count` parts of an archive's files, counted from 1. */
export interface Part { index: number; count: number }

/**
 * Whether a file falls in a part: by a digest of its path, so a file stays in its part however many
 * files are added to the archive, and the parts are about the same size.
 */
export const inPart = (path: string, part: Part) =>
  createHash('sha256').update(path).digest().readUInt32BE(0) % part.count === part.index - 1;

export interface Prepared<T = PreparedArticle> {
  /** Every file seen, so the report can account for each one. */
  seen: string[];
  rejected: Message[];
  warnings: Message[];
  /** Files that ingest read as documents. */
  documents: number;
  /** In path order: the prepared articles, or what `hold` kept of each. */
  articles: T[];
  fromCache: number;
  /** Time spent in each stage, summed over threads. */
  times: StageTimes;
  threads: number;
}

/** Files per message to a worker: small enough to share the work out evenly. */
const BATCH = 64;

export function prepareArticles(options: PrepareOptions): Promise<Prepared> {
  return prepareHeld({ ...options, hold: (a) => a });
}

/** An article's outcome once `hold` has kept what it needs of it. */
type HeldOutcome<T> = { kind: 'article'; held: T; path: string; diagnostics: Message[]; cached: boolean } | Extract<Outcome, { kind: 'rejected' }>;

/**
 * prepareArticles, keeping of each article what `hold` returns, as each batch arrives: a build
 * that needs less than the whole article never holds every article whole (pipeline.ts).
 */
export async function prepareHeld<T>(options: PrepareOptions & { hold: (a: PreparedArticle) => T }): Promise<Prepared<T>> {
  const listed = await listArticleFiles(options.seedsDir);
  const part = options.part;
  const files = part ? listed.files.filter((f) => inPart(f, part)) : listed.files;
  const threads = Math.max(1, Math.floor(options.threads));
  const ctx: PrepareContext = { seedsDir: options.seedsDir, config: options.config, cache: options.cache };
  if (options.cache) await pruneVersions(options.cache.dir, options.cache.version);
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));

  const results: { outcomes: HeldOutcome<T>[]; documents: number; times: StageTimes }[] = new Array(batches.length);
  let done = 0;
  const finished = (id: number, result: BatchResult) => {
    const outcomes = result.outcomes.map((o): HeldOutcome<T> => (o.kind === 'rejected' ? o
      : { kind: 'article', held: options.hold(o.article), path: o.article.source.path, diagnostics: o.article.source.diagnostics, cached: o.cached }));
    results[id] = { ...result, outcomes };
    done += batches[id]!.length;
    options.progress?.(done, files.length);
  };
  options.progress?.(0, files.length);
  // No batches, no workers: a pool with nothing to send would never report that it is done.
  if (threads === 1 || !batches.length) {
    const prepare = batchPreparer(ctx);
    let id = 0;
    for await (const read of readAhead(options.seedsDir, batches, { maxFileBytes: options.config.maxFileBytes })) {
      finished(id, await prepare(batches[id]!, read));
      id++;
    }
  } else {
    await inWorkers(Math.min(threads, batches.length), ctx, batches, finished);
  }

  const prepared: Prepared<T> = {
    seen: listed.seen, rejected: listed.rejected, warnings: [], documents: 0, articles: [], fromCache: 0,
    times: { ingest: 0, clean: 0, extract: 0, render: 0, cache: 0 }, threads,
  };
  for (const r of results) {
    prepared.documents += r.documents;
    for (const k of Object.keys(prepared.times) as (keyof StageTimes)[]) prepared.times[k] += r.times[k];
    for (const o of r.outcomes) collect(prepared, o);
  }
  return prepared;
}

function collect<T>(into: Prepared<T>, o: HeldOutcome<T>): void {
  if (o.kind === 'rejected') {
    into.seen.push(o.rejection.file);
    into.rejected.push(o.rejection);
    into.warnings.push(...o.diagnostics);
    return;
  }
  into.seen.push(o.path);
  into.warnings.push(...o.diagnostics);
  into.articles.push(o.held);
  if (o.cached) into.fromCache++;
}

/** Shares the batches out to `count` workers, two in flight each so none waits for the next. */
function inWorkers(count: number, ctx: PrepareContext, batches: string[][], finished: (id: number, r: BatchResult) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let pending = batches.length;
    let failed = false;
    const stop = () => Promise.all(workers.map((w) => w.terminate()));
    const send = (w: Worker) => {
      if (next >= batches.length) return;
      const request: BatchRequest = { id: next, paths: batches[next]! };
      next++;
      w.postMessage(request);
    };
    for (let i = 0; i < count; i++) {
      const w = new Worker(new URL('./thread.mjs', import.meta.url), { workerData: { ...ctx, entry: new URL('./worker.ts', import.meta.url).href } });
      workers.push(w);
      w.on('message', (m: BatchResult & { id: number }) => {
        finished(m.id, m);
        if (--pending === 0) { stop().then(() => resolve(), reject); return; }
        send(w);
      });
      w.on('error', (err) => {
        if (failed) return;
        failed = true;
        stop().finally(() => reject(new Error(`a worker thread preparing the articles stopped: ${err.message}; run with threads: 1 in site.config.ts to see the file`)));
      });
      send(w);
      send(w);
    }
  });
}
