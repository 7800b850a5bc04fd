/**
 * The cost of a reader's first search on a built site, in headless Chromium against a local
 * server that compresses text as web hosts do: the bytes of Pagefind's files the browser
 * downloads from opening the search page until the first results show (UI, engine,
 * WebAssembly, index metadata, word chunks, filter data, result fragments), as sent over the
 * wire and as decoded; and the time until results show, three ways:
 * - typed: the reader types at ten keys a second; from the last keystroke (the engine started
 *   when the page opened, and the UI preloads chunks as the words grow);
 * - pasted: the whole query arrives the moment the search box appears (nothing warmed up);
 * - API: Pagefind's own search call on a cold page, without the UI (and without filter data).
 * The UI times include its 150 ms input debounce.
 */
import type { Page } from 'playwright-core';
import { strokeD } from '../../src/index/fold-d.ts';
import { launch, serve } from '../../test/browser/harness.ts';

export interface SearchFigures {
  query: string;
  /** Bytes on the wire (gzip for scripts and styles; Pagefind's index files are compressed already). */
  bytes: number;
  /** The same files decoded. */
  decodedBytes: number;
  requests: number;
  typedMs: number;
  pastedMs: number;
  engineMs: number;
  results: number;
}

const INPUT = '.pagefind-ui__search-input';

/** Resolves when the UI shows results for exactly this query (not for a prefix typed earlier). */
function resultsFor(page: Page, query: string): Promise<unknown> {
  // A function, not a string: the site's CSP forbids evaluating strings. No named inner functions
  // (tsx would wrap them in a helper the page does not have).
  return page.waitForFunction((q: string) => {
    const m = document.querySelector('.pagefind-ui__message');
    return !!m && (m.textContent ?? '').includes(q) && !!document.querySelector('.pagefind-ui__result-title');
  }, query, { timeout: 30_000, polling: 5 });
}

export async function firstSearch(siteDir: string, queries: string[]): Promise<SearchFigures[]> {
  const site = await serve(siteDir);
  const browser = await launch();
  const out: SearchFigures[] = [];
  try {
    for (const query of queries) {
      // Pasted, counting every Pagefind file fetched from the page's opening to the results.
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0, decodedBytes = 0, requests = 0;
      const counting: Promise<void>[] = [];
      page.on('requestfinished', (request) => {
        if (!request.url().includes('/pagefind/')) return;
        counting.push((async () => {
          const sizes = await request.sizes();
          const body = await (await request.response())?.body();
          bytes += sizes.responseBodySize;
          decodedBytes += body?.length ?? 0;
          requests++;
        })().catch(() => {}));
      });
      await page.goto(`${site.url}tim-kiem/`);
      await page.waitForSelector(INPUT);
      let t0 = Date.now();
      await page.fill(INPUT, query);
      await resultsFor(page, query);
      const pastedMs = Date.now() - t0;
      await page.waitForLoadState('networkidle');
      await Promise.all(counting);
      const results = await page.$$eval('.pagefind-ui__result', (e) => e.length);
      await context.close();

      // Typed, at ten keys a second.
      const typing = await browser.newContext();
      const p1 = await typing.newPage();
      await p1.goto(`${site.url}tim-kiem/`);
      await p1.waitForSelector(INPUT);
      await p1.type(INPUT, query.slice(0, -1), { delay: 100 });
      await p1.waitForTimeout(100);
      t0 = Date.now();
      await p1.press(INPUT, query.slice(-1));
      await resultsFor(p1, query);
      const typedMs = Date.now() - t0;
      await typing.close();

      // Pagefind's API alone (its shards merged), on a page that has not loaded it, the query mapped as the search page maps it.
      const cold = await browser.newContext();
      const p2 = await cold.newPage();
      await p2.goto(`${site.url}404.html`);
      const engineMs = await p2.evaluate(`(async () => {
        const t = performance.now();
        const pf = await import(${JSON.stringify(`${new URL(site.url).pathname}assets/tim-kiem/shards.js`)});
        const r = await pf.search(${JSON.stringify(strokeD(query.normalize('NFC')))});
        await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
        return performance.now() - t;
      })()`) as number;
      await cold.close();
      out.push({ query, bytes, decodedBytes, requests, typedMs, pastedMs, engineMs: Math.round(engineMs), results });
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return out;
}
