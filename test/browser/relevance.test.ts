import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { figures, loadQueries, relevanceSite, runQueries, type Outcome, type Query } from '../../scripts/relevance/measure.ts';
import { launch, serve, type Served } from './harness.ts';

/**
 * The relevance set (test/fixtures/relevance/queries.json) over the seeds and the relevance
 * articles, in Chromium: the site's search must stay above these floors, and above Pagefind alone.
 * `npm run relevance` prints the figures per kind of query.
 */
const FLOOR = { precisionAt5: 0.95, meanReciprocalRank: 0.95 };

describe('browser: search relevance, on an archive larger than the seeds', () => {
  let site: Awaited<ReturnType<typeof relevanceSite>>;
  let served: Served;
  let browser: Browser;
  let page: Page;
  let queries: Query[];
  before(async () => {
    queries = await loadQueries();
    site = await relevanceSite();
    served = await serve(site.out);
    browser = await launch();
    page = await browser.newPage();
    await page.goto(`${served.url}tim-kiem/`);
  });
  after(async () => { await browser?.close(); await served?.close(); await site?.remove(); });

  it('the set has at least 40 queries of every kind a reader types', () => {
    assert.ok(queries.length >= 40);
    const kinds = new Set(queries.map((q) => q.kind));
    for (const k of ['name', 'place', 'two-syllable word', 'phrase', 'typed in part', 'misspelt']) assert.ok(kinds.has(k), k);
  });

  it('the page of results shown goes in the address, and a reload shows as many', async () => {
    const reader = await browser.newPage();
    await reader.goto(`${served.url}tim-kiem/?q=${encodeURIComponent('nói')}`);
    await reader.waitForSelector('.pagefind-ui__button', { timeout: 15_000 });
    const first = await reader.locator('.pagefind-ui__result').count();
    await reader.click('.pagefind-ui__button');
    await reader.waitForFunction(() => new URL(location.href).searchParams.get('trang') === '2');
    await reader.reload();
    await reader.waitForFunction((n) => document.querySelectorAll('.pagefind-ui__result').length > n, first, { timeout: 15_000 });
    await reader.close();
  });

  it('precision of the first five and mean reciprocal rank stay above the floor, and above Pagefind alone', async (t) => {
    const alone = figures(await runQueries(page, queries, 'pagefind'));
    const outcomes = await runQueries(page, queries, 'site');
    const ours = figures(outcomes);
    t.diagnostic(`P@5 ${alone.precisionAt5.toFixed(3)} -> ${ours.precisionAt5.toFixed(3)}; MRR ${alone.meanReciprocalRank.toFixed(3)} -> ${ours.meanReciprocalRank.toFixed(3)}`);
    const below = outcomes.filter((o: Outcome) => figures([o]).meanReciprocalRank < 1).map((o) => `${o.query.query}: ${o.found.slice(0, 3).join(', ')}`);
    assert.ok(ours.precisionAt5 >= FLOOR.precisionAt5, `P@5 ${ours.precisionAt5}; first result wrong for ${below.join(' | ')}`);
    assert.ok(ours.meanReciprocalRank >= FLOOR.meanReciprocalRank, `MRR ${ours.meanReciprocalRank}; ${below.join(' | ')}`);
    assert.ok(ours.precisionAt5 > alone.precisionAt5 && ours.meanReciprocalRank > alone.meanReciprocalRank);
    assert.deepEqual(ours.suggestions, { right: ours.suggestions.of, of: queries.filter((q) => q.suggest).length }, 'every misspelling gets the name meant');
  });
});
