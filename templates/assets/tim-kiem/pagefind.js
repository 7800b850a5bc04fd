// Pagefind's engine as Pagefind's UI sees it (the UI's bundlePath points here), with one change:
// the filter data loads only once the reader asks for filters. Pagefind's UI asks for every
// filter's values and pages as soon as it starts; on a large archive that is the biggest file
// of a first search (150 KB at 10,000 articles), and while it is loaded every search also counts
// its results per filter value, several times the cost of the search itself.
import * as engine from '../../pagefind/pagefind.js';

let wanted = false;

/** search.js turns filters on when the reader opens them or the URL carries one. */
export function wantFilters(on) { wanted = on; }

export function filters() { return wanted ? engine.filters() : Promise.resolve({}); }
export const options = engine.options;
export const init = engine.init;
export const destroy = engine.destroy;
export const mergeIndex = engine.mergeIndex;
export const search = engine.search;
export const debouncedSearch = engine.debouncedSearch;
export const preload = engine.preload;
export const createInstance = engine.createInstance;
