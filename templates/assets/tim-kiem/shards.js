// The search index comes in shards of consecutive years (src/index/shards.ts), listed newest
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
const base = new URL('../../pagefind/', import.meta.url);
/** The filter that names a document's shard (SHARD_FILTER in src/index/shards.ts). */
const SHARD_FILTER = 'khoi';

const names = await fetch(new URL('khoi.json', base)).then((r) => (r.ok ? r.json() : []), () => []);
// Paths, not addresses: Pagefind prefixes a merged index's results with the address's origin.
const bundle = (name) => new URL(`${name}/`, base).pathname;

// Pagefind's defaults, written out: the same options given or left out make the same engine.
let settings = { excerptLength: 30, exactDiacritics: false };
/** Merged engines by the options they were made with. */
const engines = new Map();
/** Each engine's own copy of Pagefind's module (and so its own worker): never one number twice. */
let copies = 0;

/** The first shard with the others merged into it, under the current options. */
function merged() {
  const key = JSON.stringify(settings);
  if (!engines.has(key)) {
    const options = settings;
    const made = (async () => {
      const engine = await import(`${bundle(names[0])}pagefind.js?${copies++}`);
      await engine.options(options);
      await Promise.all(names.slice(1).map((n) => engine.mergeIndex(bundle(n), options)));
      return engine;
    })();
    engines.set(key, made);
    made.catch(() => { if (engines.get(key) === made) engines.delete(key); });
  }
  return engines.get(key);
}

/** Any engine made so far, for what no option changes (filters, a search without words); else one for the current options. */
const anyEngine = () => engines.values().next().value ?? merged();
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
async function sortedAcrossShards(engine, term, opts) {
  const descending = Object.values(opts.sort)[0] !== 'asc';
  const parts = [];
  for (const n of descending ? names : [...names].reverse()) {
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

export async function search(term, opts = {}) {
  if (!names.length) return EMPTY;
  const engine = await (blank(term) ? anyEngine() : merged());
  if (opts.sort && names.length > 1) return sortedAcrossShards(engine, term, opts);
  return hidden(await engine.search(term, opts));
}

export async function debouncedSearch(term, opts = {}, wait = 300) {
  if (!names.length) return EMPTY;
  const engine = await merged();
  if (opts.sort && names.length > 1) return sortedAcrossShards(engine, term, opts);
  return hidden(await engine.debouncedSearch(term, opts, wait));
}

export async function preload(term, opts = {}) {
  if (names.length) await (await merged()).preload(term, opts);
}

export async function mergeIndex(path, opts) {
  if (names.length) await (await merged()).mergeIndex(path, opts);
}

export const createInstance = async (opts) => (names.length ? (await merged()).createInstance(opts) : null);
