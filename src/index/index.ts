import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, statfs, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { warning } from '../messages.ts';
import { isStrictlyInside } from '../text/paths.ts';
import type { Message } from '../types.ts';
import { bundleDigest, isKept, placeShard, pruneBundles, type StagedShard } from './bundles.ts';
import { strokeHtmlText } from './fold-d.ts';

export { COLLECTION_PARAM, FILTERS, NAMES_URL, QUOTE_INDEX, quoteDocument, quoteKey, searchDocument, searchKey, searchNames, searchScript, searchUrl, type QuoteEntry, type SearchEntry } from './markup.ts';
export { planShards, type ShardPlan } from './shards.ts';

export interface IndexRecord {
  /** The URL a result links to, with the path prefix ("/bai-viet/x/", "/archive/bai-viet/x/"). */
  url: string;
  /**
   * The document to index: headline, body, filters, metadata (see markup.ts searchDocument); or
   * what makes it, called when it is needed, so that a large archive's documents are never all
   * in memory at once.
   */
  html: string | (() => string);
  /** The index shard it belongs to (shards.ts): a folder name. */
  shard: string;
  /**
   * What decides the document, when the caller knows it without making the document (the
   * article's fields, its body's digest and the version of the code): a shard whose records all
   * have keys is known unchanged by them, and its documents are made only when it is indexed.
   * Same key, same document: the caller's promise.
   */
  key?: string;
}

/**
 * Records are read more than once (to measure the shards, then to stage their documents) and never
 * all held at once: an array, or an object whose iterator makes them anew each time, so that an
 * archive's hundreds of thousands of quotes never wait in memory together.
 */
export type IndexRecords = Iterable<IndexRecord>;

export interface IndexInput {
  outputDir: string;
  /** The article pages, the only search results (not lists, people pages or the 404). */
  records: IndexRecords;
  /** Shard names in the order searches list them (newest first); by first appearance if absent. */
  shards?: string[];
  /**
   * A folder kept between builds (in the cache) where each shard's index waits under the digest of
   * its documents: a shard whose documents did not change is linked from there, not indexed again.
   */
  bundles?: string;
  /**
   * False when the records are some shards of the archive only (a shard's build): the kept bundles
   * of the other shards stay. Default true: bundles no shard uses are removed.
   */
  complete?: boolean;
  /** Folders in memory tried, in order, before the output folder (default MEMORY_FOLDERS). */
  memoryFolders?: string[];
  /**
   * A reader's first search reads the newest shards until they hold this many articles, the older
   * ones when the reader asks for them or when the newest find nothing (tim-kiem/shards.js).
   * Default: every shard at once.
   */
  firstArticles?: number;
  /**
   * Searches of their own beside the articles' (the quotes'), each in a folder of the index folder
   * with its own shards and list of shards: a reader searches one collection at a time.
   */
  collections?: IndexCollection[];
}

/** A search of its own: its documents, in shards as the articles' are (`IndexInput` says how). */
export interface IndexCollection {
  /** Its folder in the index folder ("phat-ngon"); the articles' is the index folder itself (""). */
  folder: string;
  records: IndexRecords;
  shards?: string[];
  firstArticles?: number;
}

/** What one collection's index holds. */
export interface CollectionCounts {
  pages: number;
  /** Shards in the index, and those indexed by this build (the others were kept from an earlier one). */
  shards: number;
  indexed: number;
}

/** The articles' counts, every collection's complaints, and the other collections' counts by folder. */
export interface IndexResult extends CollectionCounts {
  errors: string[];
  collections?: ({ folder: string } & CollectionCounts)[];
}

/**
 * Where the documents wait for Pagefind when no folder in memory has room: inside the output
 * folder. Wherever they wait, they are removed once indexed.
 */
export const STAGING = '.chi-muc-tam';
/** The index's folder in the site: a folder per shard, and the list of shards. */
export const INDEX_FOLDER = 'pagefind';

/**
 * Folders kept in memory, tried first: the documents are written once, read once and deleted,
 * and on a disk those many small files and their folders cost more than their bytes
 * (staging on a disk takes several times longer than in memory: `npm run bench` measures both).
 */
export const MEMORY_FOLDERS = ['/dev/shm'];

const MEMORY_PREFIX = 'luu-tru-chi-muc-';

/**
 * Memory is not cleared between builds as an output folder is: staging folders a killed build
 * left behind (older than a day, so never one a running build still needs) are removed.
 */
async function sweepStale(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const dayAgo = Date.now() - 86_400_000;
  for (const name of names.filter((n) => n.startsWith(MEMORY_PREFIX))) {
    const path = join(folder, name);
    const info = await stat(path).catch(() => null);
    if (info && info.mtimeMs < dayAgo) await rm(path, { recursive: true, force: true }).catch(() => {});
  }
}

/** What a page build hands to the index stage (see pipeline.ts buildPages). */
export interface StagedPages {
  outputDir: string;
  /** The folder where the search documents wait (see stageDocuments). */
  staging: string;
  timings: Record<string, number>;
}

/**
 * Indexes the documents a page build staged, and returns Pagefind's complaints as warnings.
 * This module loads nothing heavy, so a parent process can run it once the page build has exited.
 */
export async function indexPages<T extends StagedPages>(pages: T, log: (line: string) => void = () => {}): Promise<T & { indexWarnings: Message[] }> {
  const t0 = performance.now();
  const indexed = await indexStaged(pages.outputDir, pages.staging, log);
  const ms = performance.now() - t0;
  // The benchmark's "Pagefind" figure covers staging the documents and indexing them.
  const timings = { ...pages.timings, pagefind: (pages.timings.pagefind ?? 0) + ms };
  const counts = (c: CollectionCounts) => `${c.shards} shards${c.shards > c.indexed ? `, ${c.shards - c.indexed} unchanged since the last build` : ''}`;
  const others = (indexed.collections ?? []).map((c) => `; ${c.folder}: ${c.pages} documents (${counts(c)})`).join('');
  log(`pagefind: ${indexed.pages} pages indexed in ${ms.toFixed(0)} ms (${counts(indexed)})${others}`);
  const file = relative(process.cwd(), pages.outputDir) || '.';
  return { ...pages, timings, indexWarnings: indexed.errors.map((reason) => warning(file, 'pagefind', reason)) };
}

/**
 * The first half of building the Pagefind index into `<output>/pagefind/` (`indexStaged` is the
 * second, run by `indexPages`): the two are separate so that a build can let the process that
 * made the pages exit before the indexer starts, and their memory never adds up.
 * Writes the lean search documents (no page chrome, prepared for diacritic-free search, see
 * fold-d.ts), one per URL, for Pagefind to read on all its threads, and returns their folder:
 * a new folder in memory when one has room for them (MEMORY_FOLDERS), else `<output>/.chi-muc-tam/`.
 */
export async function stageDocuments(input: IndexInput): Promise<string> {
  const collections = collectionsOf(input);
  // Phase "measure": each shard's digest (is its kept bundle current?) and the bytes to stage,
  // its documents made one at a time and let go.
  const measured = collections.map((c) => measure(c, input.bundles));
  const bytes = measured.reduce((n, m) => n + m.bytes, 0);
  const files = measured.reduce((n, m) => n + m.files, 0);
  // Phase "stage": the documents of the shards to index, in the order given: made many at a time,
  // in whatever order they finished, the same input gave two different indexes (test/site/hostile.test.ts).
  const staging = await stagingFolder(resolve(input.outputDir), { bytes, files }, input.memoryFolders ?? MEMORY_FOLDERS);
  for (const [k, m] of measured.entries()) {
    const staged = new Set(m.plan.shards.filter((s) => s.staged).map((s) => s.name));
    if (staged.size) for (const d of documents(collections[k]!.records, staged)) writeDocument(join(staging, m.plan.folder, d.shard), d);
  }
  writeFileSync(join(staging, SHARD_LIST), JSON.stringify({ collections: measured.map((m) => m.plan), complete: input.complete ?? true } satisfies StagedPlan));
  return staging;
}

/** The input's collections, the articles' first, each checked: its folder and its records' shards. */
function collectionsOf(input: IndexInput): IndexCollection[] {
  const main: IndexCollection = { folder: '', records: input.records, ...(input.shards ? { shards: input.shards } : {}), ...(input.firstArticles !== undefined ? { firstArticles: input.firstArticles } : {}) };
  const all = [main, ...(input.collections ?? [])];
  const mainShards = new Set(main.shards ?? [...main.records].map((r) => r.shard));
  for (const c of all.slice(1)) {
    if (!SHARD_NAME.test(c.folder) || mainShards.has(c.folder) || all.filter((o) => o.folder === c.folder).length > 1) throw new Error(`a search collection's folder must be a name of its own: "${c.folder}"`);
  }
  return all;
}

/** What the measure phase knows of a shard after reading its records once. */
interface ShardTally { count: number; keyed: boolean; keys: ReturnType<typeof bundleDigest> }

/**
 * A collection's shards, in the order searches list them, with what each needs done, read from its
 * records without holding them: a shard whose records all have keys is digested by them, one
 * without by its documents, made again one at a time (a build without the cache keeps no bundles
 * and digests nothing).
 */
function measure(c: IndexCollection, bundles: string | undefined): { plan: StagedCollection; bytes: number; files: number } {
  const tallies = new Map<string, ShardTally>();
  for (const r of c.records) {
    if (!SHARD_NAME.test(r.shard) || (c.shards && !c.shards.includes(r.shard))) throw new Error(`search document in an unknown shard "${r.shard}": ${r.url}`);
    let t = tallies.get(r.shard);
    if (!t) tallies.set(r.shard, (t = { count: 0, keyed: true, keys: startedDigest('keys') }));
    t.count++;
    if (r.key === undefined) t.keyed = false;
    else if (bundles && t.keyed) t.keys.update(`${r.url}\0${r.key}`);
  }
  const names = (c.shards ?? [...tallies.keys()]).filter((n) => tallies.has(n));
  const byDocuments = bundles ? documentDigests(c.records, new Set(names.filter((n) => !tallies.get(n)!.keyed))) : new Map<string, ReturnType<typeof bundleDigest>>();
  const shards: StagedShard[] = names.map((name) => {
    const t = tallies.get(name)!;
    const bundle = bundles ? (byDocuments.get(name) ?? t.keys).folder(resolve(bundles, c.folder), name) : null;
    return { name, bundle, staged: !bundle || !isKept(bundle) };
  });
  let bytes = 0;
  const staged = new Set(shards.filter((s) => s.staged).map((s) => s.name));
  let files = 0;
  if (staged.size) for (const d of documents(c.records, staged)) { bytes += Buffer.byteLength(d.html); files++; }
  const first = firstShards(names.map((n) => tallies.get(n)!.count), c.firstArticles ?? Infinity);
  return { plan: { folder: c.folder, shards, first }, bytes, files };
}

/** A shard's digest, begun with what it is made of: its records' keys, or their documents. */
function startedDigest(of: 'keys' | 'documents'): ReturnType<typeof bundleDigest> {
  const digest = bundleDigest();
  digest.update(of);
  return digest;
}

/** The digests of the shards named, made from their documents. */
function documentDigests(records: IndexRecords, shards: Set<string>): Map<string, ReturnType<typeof bundleDigest>> {
  const digests = new Map<string, ReturnType<typeof bundleDigest>>();
  if (!shards.size) return digests;
  for (const d of documents(records, shards)) {
    let h = digests.get(d.shard);
    if (!h) digests.set(d.shard, (h = startedDigest('documents')));
    h.update(`${d.url}\0${d.html}`);
  }
  return digests;
}

/** The documents of the records in the shards named, each made when it is reached. */
function* documents(records: IndexRecords, shards: Set<string>): Generator<{ url: string; html: string; shard: string }> {
  for (const r of records) if (shards.has(r.shard)) yield { url: r.url, html: typeof r.html === 'string' ? r.html : r.html(), shard: r.shard };
}

/** How many of the shards, newest first, a first search reads: until they hold `articles`, or all. */
export function firstShards(counts: number[], articles: number): number {
  let held = 0;
  for (const [i, n] of counts.entries()) if ((held += n) >= articles) return i + 1;
  return counts.length;
}

function writeDocument(root: string, r: { url: string; html: string }): void {
  const target = resolve(root, `.${r.url}`, 'index.html');
  if (!isStrictlyInside(target, root)) throw new Error(`search document URL escapes the staging folder: ${r.url}`);
  mkdirSync(join(target, '..'), { recursive: true });
  writeFileSync(target, strokeHtmlText(r.html));
}

/** What the page build leaves beside the staged documents for the indexer: each collection's shards. */
interface StagedPlan { collections: StagedCollection[]; complete: boolean }
interface StagedCollection { folder: string; shards: StagedShard[]; first: number }

/** What readers' browsers read of the shards (tim-kiem/shards.js): their names, newest first, and how many a first search reads. */
export interface ShardList { shards: string[]; first: number }

/** A shard's folder name. */
const SHARD_NAME = /^[a-z0-9][a-z0-9-]*$/;
/** The shards, newest first, in the staging folder and in the index folder (read by tim-kiem/shards.js). */
export const SHARD_LIST = 'khoi.json';
/**
 * The engine's own files in a shard (its module, its worker, its WebAssembly): the reader's browser
 * loads the first shard's alone, and merged shards never load their own (tim-kiem/shards.js).
 */
const ENGINE_FILE = /^(?:pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;
/** Files of Pagefind's UI the pages load from the index folder itself (templates/assets/search.js). */
const UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css'];

/**
 * A new, empty folder for the documents: in the first memory folder with room for them and 64 MB
 * to spare, else in the output folder. Each document is a file in a folder of its own, and a file
 * system rounds each up to a block and counts each against its files (inodes): 300,000 articles'
 * quotes ran a 24 GB /dev/shm out of inodes with most of its bytes free.
 */
async function stagingFolder(outputDir: string, need: { bytes: number; files: number }, memoryFolders: string[]): Promise<string> {
  for (const folder of memoryFolders) {
    await sweepStale(folder);
    const free = await statfs(folder).catch(() => null);
    if (!free) continue;
    const blocks = need.bytes / free.bsize + 2 * need.files;
    if (free.bavail < 2 * blocks + (64 * 2 ** 20) / free.bsize || free.ffree < 2 * need.files + 10_000) continue;
    const made = await mkdtemp(join(folder, MEMORY_PREFIX)).catch(() => null);
    if (made) return made;
  }
  const staging = join(outputDir, STAGING);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  return staging;
}

/**
 * Runs Pagefind's command-line indexer on the staged documents and removes them, whether or not
 * it succeeds. The command line, not the Node API: on the same documents it writes the same
 * files in two thirds of the time.
 */
export async function indexStaged(outputDir: string, staging: string, log: (line: string) => void = () => {}): Promise<IndexResult> {
  if (!(await stat(staging).catch(() => null))) {
    throw new Error(`no search documents in ${staging}: the pages must be built before the index`);
  }
  const index = join(resolve(outputDir), INDEX_FOLDER);
  const result: IndexResult = { pages: 0, errors: [], shards: 0, indexed: 0 };
  try {
    const { collections, complete } = JSON.parse(await readFile(join(staging, SHARD_LIST), 'utf8')) as StagedPlan;
    for (const c of collections) {
      const counts = await indexCollection(c, join(staging, c.folder), join(index, c.folder), result.errors, log);
      if (c.folder) (result.collections ??= []).push({ folder: c.folder, ...counts });
      else Object.assign(result, counts);
    }
    await placeUiFiles(index, collections);
    // The site is updated in place: shards an earlier build had and this one has not go.
    const nested = collections.map((c) => c.folder).filter(Boolean);
    for (const c of complete ? collections : []) {
      const placed = new Set([...c.shards.map((s) => s.name), SHARD_LIST, ...(c.folder ? [] : [...UI_FILES, ...nested])]);
      for (const name of await readdir(join(index, c.folder))) if (!placed.has(name)) await rm(join(index, c.folder, name), { recursive: true, force: true });
      const kept = c.shards.map((s) => s.bundle).filter((b): b is string => b !== null);
      if (kept.length) await pruneBundles(dirname(kept[0]!), kept, c.folder ? [] : nested);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return result;
}

/** A collection's shards, indexed or linked from their kept bundles, and its list of shards. */
async function indexCollection(c: StagedCollection, staging: string, index: string, errors: string[], log: (line: string) => void): Promise<CollectionCounts> {
  const result: CollectionCounts = { pages: 0, shards: 0, indexed: 0 };
  for (const [i, shard] of c.shards.entries()) {
    const t0 = performance.now();
    const run = await placeShard(shard, join(staging, shard.name), join(index, shard.name), indexShard);
    // One line per shard on a long build: which shard, and whether it was indexed or kept.
    if (c.shards.length > 1) log(`pagefind (${c.folder ? `${c.folder}, ` : ''}shard ${i + 1} of ${c.shards.length}, ${shard.name}): ${run.pages} pages ${run.indexed ? 'indexed' : 'unchanged, linked'} in ${(performance.now() - t0).toFixed(0)} ms`);
    result.pages += run.pages;
    errors.push(...run.errors);
    result.shards++;
    if (run.indexed) result.indexed++;
  }
  await mkdir(index, { recursive: true });
  await writeFile(join(index, SHARD_LIST), `${JSON.stringify({ shards: c.shards.map((s) => s.name), first: c.first } satisfies ShardList)}\n`);
  // The newest shard's engine runs the search and merges the others, which lend it their index alone.
  for (const shard of c.shards.slice(1)) for (const f of await readdir(join(index, shard.name))) if (ENGINE_FILE.test(f)) await rm(join(index, shard.name, f));
  return result;
}

/** Every shard holds the same UI files: the pages load one copy, from the index folder. */
async function placeUiFiles(index: string, collections: StagedCollection[]): Promise<void> {
  const shards = collections.flatMap((c) => c.shards.map((s) => join(index, c.folder, s.name)));
  if (shards.length) for (const f of UI_FILES) await copyFile(join(shards[0]!, f), join(index, f));
  for (const shard of shards) for (const f of UI_FILES) await rm(join(shard, f), { force: true });
}

/** One shard's documents indexed by Pagefind's command line into a bundle of its own. */
async function indexShard(documents: string, bundle: string): Promise<{ pages: number; errors: string[] }> {
  const run = await pagefindCli(['--site', documents, '--output-path', bundle, '--force-language', 'vi']);
  const errors = run.output.split('\n').filter((l) => /^\s*(error|warning)\b/i.test(l)).map((l) => l.trim());
  if (run.code !== 0) throw new Error(`Pagefind failed (exit ${run.code}):\n${run.output.slice(-2000)}`);
  return { pages: Number(/Indexed (\d+) pages?/.exec(run.output)?.[1] ?? 0), errors };
}

/**
 * Pagefind's binary for this platform, as the npm package's launcher finds it: run directly, a
 * shard's run does not start a Node process first.
 */
async function pagefindBinary(): Promise<string> {
  const { resolveBinaryPath } = (await import(new URL('./resolveBinary.js', import.meta.resolve('pagefind')).href)) as { resolveBinaryPath(names: string[]): string };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}
let binary: Promise<string> | undefined;

async function pagefindCli(args: string[]): Promise<{ code: number; output: string }> {
  const path = await (binary ??= pagefindBinary());
  return new Promise((done, fail) => {
    const child = spawn(path, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => { output += d; });
    child.stderr.on('data', (d: Buffer) => { output += d; });
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}
