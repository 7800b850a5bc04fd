/**
 * One file from its bytes to a rendered article: ingest -> (cache) -> clean -> extract -> render.
 * The same code runs in the main thread for small archives and in worker threads for large ones.
 */
import { fileCache, type ArticleCache, type CacheLocation } from '../cache.ts';
import type { Cleaner } from '../clean/index.ts';
import type { SiteConfig } from '../config.ts';
import type { Extractor } from '../extract/index.ts';
import { ingestRead, readArticleFile, sourceHash } from '../ingest/index.ts';
import type { FileRead } from '../ingest/index.ts';
import { mapLimit } from '../text/concurrency.ts';
import { rejection } from '../messages.ts';
import type { Article, Message, PreparedArticle, RenderedBody, SourceDocument } from '../types.ts';

/** The settings the three stages read; plain data, so a worker thread can receive them. */
export type PrepareConfig = Pick<SiteConfig, 'maxFileBytes' | 'cleanRules' | 'outlets' | 'agencies' | 'knownPeople' | 'folderOutlets'>;

export interface PrepareContext {
  seedsDir: string;
  config: PrepareConfig;
  cache?: CacheLocation;
}

export type Outcome =
  | { kind: 'article'; article: PreparedArticle; cached: boolean }
  /** `diagnostics`: what ingest noticed before the file was turned away. */
  | { kind: 'rejected'; rejection: Message; diagnostics: Message[] };

export type StageTimes = Record<'ingest' | 'clean' | 'extract' | 'render' | 'cache', number>;

export interface BatchResult {
  outcomes: Outcome[];
  /** Files that ingest turned into documents (the others were rejected as unreadable). */
  documents: number;
  times: StageTimes;
}

/**
 * Prepares files in the order given; one bad file never stops the others. Reads them itself,
 * or takes what a reading thread found in them (`read`, see ingest/read-ahead.ts).
 */
export function batchPreparer(ctx: PrepareContext): (paths: string[], read?: FileRead[]) => Promise<BatchResult> {
  const cache: ArticleCache | undefined = ctx.cache && fileCache(ctx.cache.dir, ctx.cache.version);
  let stages: Promise<Stages> | null = null;
  return async (paths, read) => {
    const times: StageTimes = { ingest: 0, clean: 0, extract: 0, render: 0, cache: 0 };
    const { docs, hits } = await readAndLookUp(ctx, cache, paths, read, times);
    const outcomes: Outcome[] = [];
    // The cache's entries are written while the next files are prepared: one after the other,
    // each waited for, the writes took longer than preparing the articles.
    const writes: Promise<void>[] = [];
    let documents = 0;
    for (const [i, doc] of docs.entries()) {
      if ('reason' in doc) { outcomes.push({ kind: 'rejected', rejection: doc, diagnostics: [] }); continue; }
      documents++;
      const cached = hits[i];
      if (cached) { outcomes.push({ kind: 'article', article: cached, cached: true }); continue; }
      try {
        const outcome = prepareDocument(doc, await (stages ??= loadStages(ctx.config)), times);
        outcomes.push(outcome);
        const k = outcomes.length - 1;
        if (cache && outcome.kind === 'article') writes.push(cache.set(doc, outcome.article).catch((err: unknown) => { outcomes[k] = internalError(doc, err); }));
      } catch (err) {
        outcomes.push(internalError(doc, err));
      }
    }
    const t = performance.now();
    await Promise.all(writes);
    times.cache += performance.now() - t;
    return { outcomes, documents, times };
  };
}

const internalError = (doc: SourceDocument, err: unknown): Outcome =>
  ({ kind: 'rejected', rejection: rejection(doc.path, 'internal-error', `internal error while reading the article: ${(err as Error).message}`), diagnostics: doc.diagnostics });

/**
 * Each file as a document, and its article when the cache has it. A file read by another thread
 * that the cache knows by its bytes is not ingested again: its entry holds what ingest found.
 */
async function readAndLookUp(ctx: PrepareContext, cache: ArticleCache | undefined, paths: string[], read: FileRead[] | undefined, times: StageTimes) {
  const options = { maxFileBytes: ctx.config.maxFileBytes };
  let t = performance.now();
  const known = cache && read ? read.map((r) => (r.bytes ? cache.known(r.file, sourceHash(r.bytes)) : null)) : [];
  times.cache += performance.now() - t;
  t = performance.now();
  // Read here, many at a time (the disk waits, not the processor), unless another thread has.
  const docs: (SourceDocument | Message)[] = read
    ? read.map((r, i) => known[i]?.source ?? ingestRead(r, options))
    : await mapLimit(paths, 16, (p) => readArticleFile(ctx.seedsDir, p, options));
  times.ingest += performance.now() - t;
  t = performance.now();
  // Cache entries are small files too: looked up many at a time, like the sources.
  const hits: (PreparedArticle | null)[] = !cache ? [] : read ? known : await mapLimit(docs, 16, async (d) => ('reason' in d ? null : cache.get(d)));
  times.cache += performance.now() - t;
  return { docs, hits };
}

/** The clean, extract and render stages, compiled once per preparer from its configuration. */
interface Stages { clean: Cleaner; extract: Extractor; render: (article: Article) => RenderedBody }

/**
 * Loaded and compiled when the first file is not in the cache: a rebuild that finds every file
 * there never loads them (unified's packages alone take half a second, on every thread).
 */
async function loadStages(config: PrepareConfig): Promise<Stages> {
  const [{ compileCleaner }, { compileExtractor }, { renderArticle }] = await Promise.all([
    import('../clean/index.ts'), import('../extract/index.ts'), import('../render/index.ts'),
  ]);
  return { clean: compileCleaner({ customRules: config.cleanRules }), extract: compileExtractor(config), render: renderArticle };
}

function prepareDocument(doc: SourceDocument, stages: Stages, times: StageTimes): Outcome {
  let t = performance.now();
  const cleaned = stages.clean(doc);
  times.clean += performance.now() - t;
  if (!cleaned.blocks.length) {
    return {
      kind: 'rejected', diagnostics: doc.diagnostics,
      rejection: rejection(doc.path, 'no-article-text', 'no article text found: every line was recognised as page chrome (see the rules in the build report)'),
    };
  }
  t = performance.now();
  const extracted = stages.extract(cleaned);
  times.extract += performance.now() - t;
  t = performance.now();
  const article: PreparedArticle = { ...extracted, ...stages.render(extracted) };
  times.render += performance.now() - t;
  return { kind: 'article', article, cached: false };
}
