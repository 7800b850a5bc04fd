/**
 * npm run screenshots
 * Builds the site from seeds/ into a temporary folder and saves screenshots of the home page and
 * an article, at desktop and phone widths, and of a search typed without diacritics with its
 * filters open, to .readme/ for the README.
 */
import { mkdir, mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import config from '../site.config.ts';
import { build } from '../src/pipeline.ts';
import { launch, serve } from '../test/browser/harness.ts';

const out = join(await mkdtemp(join(tmpdir(), 'shots-')), '_site');
const { articles } = await build({ config, outputDir: out });
const article = articles.find((a) => !a.titleDerived && a.officials.length) ?? articles[0]!;
const site = await serve(out);
const browser = await launch();
await mkdir('.readme', { recursive: true });
// The search page is shot once its results and filters have shown.
const searchReady = async (page: Page) => {
  await page.waitForSelector('.pagefind-ui__result-title');
  await page.click('#bo-loc');
  await page.waitForSelector('.pagefind-ui__filter-panel');
  await page.click('.pagefind-ui__filter-name:has-text("Nguồn")');
  await page.waitForFunction(() => ![...document.querySelectorAll('.pagefind-ui__result-title')].some((t) => /^[.\s]*$/.test(t.textContent ?? '')));
};
const shots: [string, string, number, number, ((page: Page) => Promise<void>)?][] = [
  ['home-desktop.png', '', 1280, 860],
  ['article-desktop.png', `bai-viet/${article.slug}/`, 1280, 860],
  ['home-phone.png', '', 375, 760],
  ['article-phone.png', `bai-viet/${article.slug}/`, 375, 760],
  ['search-desktop.png', 'tim-kiem/?q=dam%20phan', 1280, 860, searchReady],
];
for (const [file, path, width, height, ready] of shots) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.goto(site.url + path);
  await ready?.(page);
  await page.screenshot({ path: join('.readme', file) });
  console.log(`${file}: ${width}×${height}, ${((await stat(join('.readme', file))).size / 1024).toFixed(0)} KB`);
  await page.close();
}
await browser.close();
await site.close();
