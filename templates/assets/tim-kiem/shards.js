// The search index comes in shards of articles close in date (src/index/shards.ts), listed newest
// first in pagefind/khoi.json. The first shard's engine merges the others (Pagefind's mergeIndex:
// one worker and one WebAssembly module for all). This module is that merged engine, with what
// merging alone gets wrong put right:
// - options reach every shard: Pagefind gives later options to the first shard only, so each set
//   of options (typed marks turn exactDiacritics on) has a merged engine of its own, in a module
//   and worker of its own (two engines in one worker share, and break, one WebAssembly memory);
//   the browser's cache holds each file once;
// - "newest first" is newest first: merged results are ordered by each shard's own rank, so a
//   sorted search runs shard by shard (a hidden filter names each document's shard) and lists
//   the shards' results in date order;
// - the hidden shard filter never reaches the reader's filter panel.
// On a large archive a first search reads only the newest shards (as many as khoi.json's "first"
// says); the older ones wait until the reader asks for the whole archive (`wholeArchive`) or a
// search of the newest finds nothing. Searches without words (a filter's list) read every shard.
// A reader's period (`inPeriod`) reads the shards of its months, and the newest, which holds the engine.
// The quotes are searched apart (src/index/markup.ts QUOTE_INDEX): their shards, under the same
// names, and their list sit in a folder of their own, and `collection` turns this module to them.
const root = new URL('../../pagefind/', import.meta.url);
let base = root;
/** The filter that names a document's shard (SHARD_FILTER in src/index/shards.ts). */
const SHARD_FILTER = 'khoi';

/** The list of shards; asked again twice after a failed request: without it every search finds nothing. */
async function shardList() {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt) await new Promise((done) => setTimeout(done, 300 * attempt));
    const got = await fetch(new URL('khoi.json', base)).then((r) => (r.ok ? r.json() : null), () => null);
    if (got) return got;
  }
  return null;
}
let names = [];
let first = 0;
let reading = '';
/** Reads a collection's list of shards: the articles' (''), or one in a folder of the index ('phat-ngon'). */
async function read(folder) {
  base = new URL(folder ? `${folder}/` : '', root);
  const list = await shardList();
  names = list?.shards ?? [];
  first = Math.min(names.length, Math.max(1, Number(list?.first) || names.length));
  reading = folder;
}
await read('');

/** From now on searches read this collection ('' for the articles); the engines of the other one go. */
export async function collection(folder) {
  if (folder === reading) return;
  await destroy();
  await read(folder);
}
let whole = false;
/** The months a reader's period spans ("2023-01", "2024-06"), or null. */
let period = null;

/**
 * A shard's first and last month, read from its name, which says the days it spans
 * ("2024-03-05-2024-04-20", "2022" for a date known to its year, "…-2" for a name taken twice);
 * null for a shard of undated articles.
 */
export function monthsOf(name) {
  const marks = /^\d{4}/.test(name) ? name.match(/\d{4}(?:-\d{2})?/g) : null;
  if (!marks) return null;
  const [a, b] = [marks[0], marks[marks.length - 1]];
  return [a.length === 4 ? `${a}-01` : a, b.length === 4 ? `${b}-12` : b];
}

/**
 * The shards a search reads: with a period, the newest (whose folder holds the engine) and those
 * of its months, the month filter keeping the newest one's articles out; else every one, or the
 * newest.
 */
function shardsFor(all) {
  if (period) return names.filter((n, i) => { const m = monthsOf(n); return i === 0 || (m && m[0] <= period[1] && m[1] >= period[0]); });
  return all ? names : names.slice(0, first);
}

/** From now on every search reads the whole archive (the reader asked), or only the newest shards. */
export function wholeArchive(on) { whole = Boolean(on); }

/** From now on searches read the shards of these months ("2023-01", "2024-06"), or, given null, as before. */
export function inPeriod(months) { period = months; }

/** The first and last month of the archive's dated articles, or null. */
export function archiveMonths() {
  const spans = names.map(monthsOf).filter(Boolean);
  return spans.length ? [spans.map((s) => s[0]).sort()[0], spans.map((s) => s[1]).sort().pop()] : null;
}

/** How many shards a search reads: every one when `all`, or those in scope now. */
export const shardsRead = (all = whole) => shardsFor(all).length;

/** The shards searches leave unread now (newest first); with a period, none: it says what to read. */
export function olderShards() { return period ? [] : names.slice(shardsFor(whole).length); }
// Paths, not addresses: Pagefind prefixes a merged index's results with the address's origin.
const bundle = (name) => new URL(`${name}/`, base).pathname;

// Pagefind's defaults, written out: the same options given or left out make the same engine.
let settings = { excerptLength: 30, exactDiacritics: false };
/** Merged engines by the options they were made with. */
const engines = new Map();
/** Each engine's own copy of Pagefind's module (and so its own worker): never one number twice. */
let copies = 0;

/** The first shard with the others read merged into it, under the current options. */
function merged(all = whole) {
  const shards = shardsFor(all);
  const key = `${shards.join(' ')}|${JSON.stringify(settings)}`;
  if (!engines.has(key)) {
    const options = settings;
    const made = (async () => {
      const engine = await import(`${bundle(shards[0])}pagefind.js?${copies++}`);
      await engine.options(options);
      await Promise.all(shards.slice(1).map((n) => engine.mergeIndex(bundle(n), options)));
      return engine;
    })();
    engines.set(key, made);
    made.catch(() => { if (engines.get(key) === made) engines.delete(key); });
  }
  return engines.get(key);
}

/** An engine made so far that reads these shards, for what no option changes (filters, a search without words); else one for the current options. */
const anyEngine = (all = whole) => {
  const prefix = `${shardsFor(all).join(' ')}|`;
  for (const [key, made] of engines) if (key.startsWith(prefix)) return made;
  return merged(all);
};
const blank = (term) => term === null || term === undefined || !String(term).trim();

const withoutShards = (counts) => {
  if (!counts || !(SHARD_FILTER in counts)) return counts;
  const { [SHARD_FILTER]: _, ...rest } = counts;
  return rest;
};
const hidden = (found) => (found ? { ...found, filters: withoutShards(found.filters), totalFilters: withoutShards(found.totalFilters) } : found);

const EMPTY = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {}, timings: [] };

export async function options(next) {
  settings = { ...settings, ...next };
}

// An engine is made by the first search, with the options it needs: made earlier (the page warms
// the engine up before the reader has typed), it could have the wrong ones and be made twice.
export async function init() {}

export async function destroy() {
  const all = [...engines.values()];
  engines.clear();
  await Promise.all(all.map((e) => e.then((engine) => engine.destroy(), () => {})));
}

export async function filters() {
  if (!names.length) return {};
  return withoutShards(await (await anyEngine()).filters());
}

/** Results sorted across shards: each shard's sorted results, the shards in the order asked. */
async function sortedAcrossShards(engine, term, opts, shards) {
  const descending = Object.values(opts.sort)[0] !== 'asc';
  const parts = [];
  for (const n of descending ? shards : [...shards].reverse()) {
    parts.push(await engine.search(term, { ...opts, filters: { ...(opts.filters ?? {}), [SHARD_FILTER]: n } }));
  }
  const counts = {};
  for (const p of parts) {
    for (const [key, values] of Object.entries(p?.filters ?? {})) {
      counts[key] = counts[key] ?? {};
      for (const [v, c] of Object.entries(values)) counts[key][v] = (counts[key][v] ?? 0) + c;
    }
  }
  const first = parts[0] ?? EMPTY;
  return hidden({ ...first, results: parts.flatMap((p) => p?.results ?? []), filters: counts });
}

/** A search of the shards in scope, or of every shard when `all`; one without words reads every shard. */
export async function search(term, opts = {}, all = whole) {
  if (!names.length) return EMPTY;
  const wide = all || blank(term);
  const engine = await (blank(term) ? anyEngine(true) : merged(wide));
  if (opts.sort && shardsFor(wide).length > 1) return sortedAcrossShards(engine, term, opts, shardsFor(wide));
  return hidden(await engine.search(term, opts));
}

export async function debouncedSearch(term, opts = {}, wait = 300) {
  if (!names.length) return EMPTY;
  const engine = await merged();
  if (opts.sort && shardsFor(whole).length > 1) return sortedAcrossShards(engine, term, opts, shardsFor(whole));
  return hidden(await engine.debouncedSearch(term, opts, wait));
}

export async function preload(term, opts = {}) {
  if (names.length) await (await merged()).preload(term, opts);
}

export async function mergeIndex(path, opts) {
  if (names.length) await (await merged()).mergeIndex(path, opts);
}

export const createInstance = async (opts) => (names.length ? (await merged()).createInstance(opts) : null);
