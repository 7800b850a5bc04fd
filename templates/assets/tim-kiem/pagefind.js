// Pagefind's engine as Pagefind's UI sees it (the UI's bundlePath points here): the index's
// shards merged (shards.js), with what readers of Vietnamese expect of a search (query.js):
// - a query typed with marks matches those marks exactly; one typed without matches any marks;
// - results must contain every word typed: a word the archive lacks gives no results (and a
//   "did you mean" from the page script) instead of articles that merely share a short prefix;
// - articles with the words side by side come before those with them far apart.
// And the filter data loads only once the reader asks for filters: Pagefind's UI asks for every
// filter's values as soon as it starts; on a large archive that is the biggest file of a first
// search, and while it is loaded every search also counts its results per filter value.
import * as engine from './shards.js';
import { indexForm, isPhrase, missingWords, monthLabel, monthOf, monthsBetween, sideBySide, typedMarks, wordsOf } from './query.js';

let wanted = false;
let loaded = null;

/** search.js turns filters on when the reader opens them or the URL carries one (each new UI asks again). */
export function wantFilters(on) { wanted = on; loaded = null; }

/** Every filter's values, loaded once per UI, and only when wanted. */
export function filters() {
  if (!wanted) return Promise.resolve({});
  loaded = loaded || destroying.then(() => engine.filters());
  return loaded;
}

/**
 * search.js names the collection searched: the articles (''), or the quotes ('phat-ngon'); the
 * words remembered of the other one are forgotten.
 */
export async function collection(name) {
  await destroying;
  held.clear();
  loaded = null;
  await engine.collection(name);
}

/** The filter of an article's month (FILTERS.month in src/index/markup.ts). */
const MONTH_FILTER = 'Tháng';
/** The month filter's values of the reader's period, or null. */
let periodMonths = null;

/**
 * search.js sets the reader's period as they gave it, "2023-01" or "1/2023" to "2024-06" (either
 * end may be left open, and the archive's first or last month stands in): searches read the
 * shards of those months and keep the articles of those months.
 */
export function period(fromText, toText) {
  const [from, to] = [monthOf(fromText), monthOf(toText)];
  const span = engine.archiveMonths();
  if ((!from && !to) || !span) { periodMonths = null; engine.inPeriod(null); return; }
  const ends = [from || span[0], to || span[1]].sort();
  engine.inPeriod(ends);
  periodMonths = monthsBetween(ends[0], ends[1]).map(monthLabel);
}

/** The search's options with the period's months, within any months the reader ticked. */
function withPeriod(options) {
  if (!periodMonths) return options;
  const filters = { ...(options.filters ?? {}) };
  const ticked = filters[MONTH_FILTER] === undefined ? null : [].concat(filters[MONTH_FILTER]);
  const months = ticked ? periodMonths.filter((m) => ticked.includes(m)) : periodMonths;
  // No month left: a value no article has, so the search finds none.
  filters[MONTH_FILTER] = { any: months.length ? months : ['-'] };
  return { ...options, filters };
}

/** The words the engine marked in a result's data: each must begin with a word the reader typed. */
function matchedWords(data) {
  const words = data.content.split(/\s+/);
  return data.locations.flatMap((at) => [words[at] ?? '', ...(words[at] ?? '').split(/[^\p{L}\p{N}\u0335]+/u)]);
}

/** The same filter counts, all zero: what a search that found nothing has. */
const noCounts = (counts) => Object.fromEntries(Object.entries(counts ?? {}).map(([k, v]) => [k, Object.fromEntries(Object.keys(v).map((x) => [x, 0]))]));

/** How many of the first results are read for their words side by side (the UI shows five at first). */
const AHEAD = 10;

/**
 * Among the first results, those with the query's words side by side come first, each group in
 * the engine's order (Pagefind ranks each word on its own). `data` are the first results' data,
 * fetched together: the UI fetches those it shows anyway.
 */
function adjacentFirst(term, exact, found, data) {
  const head = found.results.slice(0, AHEAD);
  const side = head.filter((_, i) => sideBySide(term, data[i].content, exact));
  if (!side.length || side.length === head.length) return found;
  return { ...found, results: [...side, ...head.filter((r) => !side.includes(r)), ...found.results.slice(AHEAD)] };
}

/**
 * Tells the page script which words of a query the archive lacks, for its "did you mean", and
 * which shards (newest first) the search left unread, for its offer of the whole archive.
 */
function tell(query, missing, older) {
  if (typeof document !== 'undefined') document.dispatchEvent(new CustomEvent('luu-tru:searched', { detail: { query, missing, older } }));
}

/**
 * The articles that hold a word whole, remembered: as a reader types, the words already finished
 * come back with every keystroke, and on a large archive each costs a search of its own.
 */
const held = new Map();
function holding(word, filters, exact, all, whole = true) {
  const key = `${whole ? 1 : 0}|${exact ? 1 : 0}|${all ? 1 : 0}|${JSON.stringify(filters ?? {})}|${word}`;
  if (!held.has(key)) {
    if (held.size > 500) held.clear();
    const ids = engine.search(whole ? `"${word}"` : word, { filters }, all).then((whole) => new Set((whole?.results ?? []).map((r) => r.id)));
    // A search cut off (the UI started anew) is not remembered.
    held.set(key, ids.catch((e) => { held.delete(key); throw e; }));
  }
  return held.get(key);
}

/**
 * Only the results that hold each word the reader finished typing (all but a last word still
 * being typed) as a whole word: "Hà Nội" is not "hành … nội". The engine matches every word as a
 * prefix; a one-word phrase matches that word whole. When several shards are read, the word
 * still being typed is held as a prefix: a shard in which it matches nothing answers with the
 * other words alone (Pagefind drops such a word), and those answers lack it.
 */
async function wholeWords(term, options, found, exact, all, current) {
  const words = wordsOf(term);
  const finished = /\s$/.test(term) ? words : words.slice(0, -1);
  // One shard drops a word it lacks from every result alike, and the first result's words show it.
  const typing = finished.length < words.length && words.length > 1 && engine.shardsRead(all) > 1 ? words[words.length - 1] : null;
  const wholes = [...new Set(finished)];
  const asked = [...wholes.map((w) => [w, true]), ...(typing ? [[typing, false]] : [])];
  // One after another, as the engine answers anyway: a search the reader has typed past asks no more.
  const sets = [];
  for (const [word, whole] of asked) {
    if (!current()) return { found, absent: [] };
    sets.push(await holding(word, options.filters, exact, all, whole));
  }
  let keep = null;
  for (const ids of sets) keep = keep ? new Set([...keep].filter((id) => ids.has(id))) : ids;
  const absent = wholes.filter((_, i) => !sets[i].size);
  if (!keep) return { found, absent };
  const results = found.results.filter((r) => keep.has(r.id));
  return { found: { ...found, results, unfilteredResultCount: results.length }, absent };
}

/**
 * Counts the searches of words: the UI shows only the answer to the latest, so an earlier one
 * stops asking the engine (which answers one search at a time) as soon as a later one starts.
 */
let asked = 0;

/**
 * Pagefind's search as the UI calls it, read the way the header of this file says. With the
 * filters closed it counts none: a period's months would be counted, and show as a panel of one group.
 */
export async function search(term, given = {}) {
  const found = await searchWith(term, given);
  return wanted || !found ? found : { ...found, filters: {}, totalFilters: {} };
}

async function searchWith(term, given) {
  const options = withPeriod(given);
  const blankTerm = term === null || term === undefined || !String(term).trim();
  const mine = blankTerm ? asked : ++asked;
  const current = () => mine === asked;
  await destroying;
  // A search counts its results only in the filters loaded so far: one that ran while they were
  // still loading left the panel with some groups missing.
  if (wanted) await filters();
  if (blankTerm) return engine.search(term, options);
  const exact = typedMarks(term);
  await engine.options({ exactDiacritics: exact });
  const older = engine.olderShards();
  let read = await searchShards(term, options, exact, older.length === 0, current);
  // Nothing among the newest articles: this search reads the whole archive.
  const widened = read.found && !read.found.results.length && older.length > 0 && current();
  if (widened) read = await searchShards(term, options, exact, true, current);
  const { found, missing } = read;
  if (!found || !current()) return found;
  tell(term, missing, widened ? [] : older);
  return found;
}

/** One search of the shards in scope (or of all), with its words held whole and the words it lacks. */
async function searchShards(term, options, exact, all, current) {
  let found = await engine.search(term, options, all);
  if (!found || !current()) return { found, missing: [] };
  const phrase = isPhrase(term);
  const whole = phrase ? { found, absent: [] } : await wholeWords(term, options, found, exact, all, current);
  found = whole.found;
  if (!current()) return { found, missing: [] };
  // The first results' data in one round: the first one's words, then the order by words side by side.
  const data = await Promise.all(found.results.slice(0, AHEAD).map((r) => r.data()));
  const lacking = found.results.length ? missingWords(term, matchedWords(data[0]), exact) : wordsOf(term);
  const missing = [...new Set([...whole.absent, ...lacking])];
  if (!found.results.length || lacking.length) return { found: { ...found, results: [], unfilteredResultCount: 0, filters: noCounts(found.filters) }, missing };
  if (!options.sort && !phrase && wordsOf(term).length > 1) found = adjacentFirst(term, exact, found, data);
  return { found, missing };
}

// The search page starts a new UI when the reader opens or closes the filters. The old one's
// engine is destroyed without being awaited, and a new engine started before that ends would be
// the old one, whose worker is then stopped under it: every call waits for a destroy under way.
let destroying = Promise.resolve();
export function destroy() {
  loaded = null;
  destroying = engine.destroy().catch(() => {});
  return destroying;
}
const afterDestroy = (f) => async (...args) => { await destroying; return f(...args); };
export const options = afterDestroy(engine.options);
export const init = afterDestroy(engine.init);
export const mergeIndex = afterDestroy(engine.mergeIndex);
export const debouncedSearch = afterDestroy(engine.debouncedSearch);
// Preloading reads the index as the search will: spelt as searched (the UI preloads what the
// reader typed, before its processTerm), with marks exact when the reader typed any. The words
// finished so far are held whole at once, while the reader types the next: the search that
// follows the last keystroke then has only its own words left to ask the engine.
export const preload = afterDestroy(async (typed, given = {}) => {
  const options = withPeriod(given);
  if (!typed) return engine.preload(typed, options);
  const term = indexForm(typed);
  const exact = typedMarks(term);
  await engine.options({ exactDiacritics: exact });
  await engine.preload(term, options);
  if (isPhrase(term)) return;
  const words = wordsOf(term);
  const all = engine.olderShards().length === 0;
  for (const word of new Set(/\s$/.test(term) ? words : words.slice(0, -1))) await holding(word, options.filters, exact, all);
});
export const createInstance = engine.createInstance;
export const { wholeArchive, olderShards } = engine;
