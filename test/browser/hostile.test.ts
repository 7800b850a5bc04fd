import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import config from '../../site.config.ts';
import { build } from '../../src/pipeline.ts';
import { makeHostileCorpus } from '../site/hostile-corpus.ts';
import { listFiles } from '../site/crawl.ts';
import { launch, serve, type Served } from './harness.ts';

/** The built pages of the hostile fixtures, in a real browser with the site's own CSP. */
describe('browser: nothing from an input ever runs', () => {
  let site: Served;
  let browser: Browser;
  let pages: string[];
  before(async () => {
    const seeds = await makeHostileCorpus();
    const out = join(dirname(seeds), '_site');
    await build({ config, seedsDir: seeds, outputDir: out });
    pages = (await listFiles(out)).filter((f) => f.endsWith('index.html')).map((f) => f.replace(/index\.html$/, ''));
    site = await serve(out);
    browser = await launch();
  });
  after(async () => { await browser?.close(); await site?.close(); });

  it('no dialog, no script error, no request to another host, on any page', async () => {
    const problems: string[] = [];
    const context = await browser.newContext();
    const origin = new URL(site.url).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin)) return route.continue();
      problems.push(`request to ${url}`);
      return route.abort();
    });
    for (const path of pages) {
      const page = await context.newPage();
      page.on('dialog', (d) => { problems.push(`${path}: dialog "${d.message()}"`); void d.dismiss(); });
      page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error') problems.push(`${path}: console: ${m.text()}`); });
      await page.goto(site.url + path);
      // Give any injected handler its chance to fire.
      await page.mouse.move(200, 300);
      await page.waitForTimeout(50);
      await page.close();
    }
    await context.close();
    assert.equal(pages.filter((p) => p.startsWith('bai-viet/')).length, 16, 'every published hostile article was loaded');
    assert.deepEqual(problems, []);
  });
});
