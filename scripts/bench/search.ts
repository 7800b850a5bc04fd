/**
 * The cost of a reader's first search on a built site, in headless Chromium against a local
 * server: the bytes of Pagefind's files the browser downloads (UI, engine, WebAssembly, index
 * chunks, result fragments) and the time until results show, both through the UI (typing,
 * including its input debounce) and through Pagefind's API alone on a cold page.
 */
import { launch, serve } from '../../test/browser/harness.ts';

export interface SearchFigures {
  query: string;
  bytes: number;
  requests: number;
  uiMs: number;
  engineMs: number;
  results: number;
}

export async function firstSearch(siteDir: string, queries: string[]): Promise<SearchFigures[]> {
  const site = await serve(siteDir);
  const browser = await launch();
  const out: SearchFigures[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0, requests = 0;
      page.on('response', async (r) => {
        if (!r.url().includes('/pagefind/')) return;
        try { bytes += (await r.body()).length; requests++; } catch { /* aborted */ }
      });
      await page.goto(`${site.url}tim-kiem/`);
      await page.waitForSelector('.pagefind-ui__search-input');
      const t0 = Date.now();
      await page.fill('.pagefind-ui__search-input', query);
      await page.waitForSelector('.pagefind-ui__result-title', { timeout: 30_000 });
      const uiMs = Date.now() - t0;
      await page.waitForTimeout(500);
      const results = await page.$$eval('.pagefind-ui__result', (e) => e.length);
      await context.close();

      const cold = await browser.newContext();
      const p2 = await cold.newPage();
      await p2.goto(`${site.url}404.html`);
      const engineMs = await p2.evaluate(async ({ q, base }) => {
        const t = performance.now();
        const pf = await import(`${base}pagefind/pagefind.js`);
        const r = await pf.search(q.replace(/đ/g, 'd\u0335').replace(/Đ/g, 'D\u0335'));
        await Promise.all(r.results.slice(0, 5).map((x: { data(): Promise<unknown> }) => x.data()));
        return performance.now() - t;
      }, { q: query, base: new URL(site.url).pathname });
      await cold.close();
      out.push({ query, bytes, requests, uiMs, engineMs: Math.round(engineMs), results });
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return out;
}
