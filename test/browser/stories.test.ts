import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import config from '../../site.config.ts';
import { build } from '../../src/pipeline.ts';
import { FIXTURES } from '../helpers.ts';
import { tempDir } from '../temp.ts';
import { axeViolations, launch, serve, type Served } from './harness.ts';

/** Three outlets' reports of one storm's landfall and two other stories of the same days, built and served. */
describe('browser: one event told by several outlets', () => {
  let site: Served;
  let browser: Browser;
  before(async () => {
    const out = join(await tempDir('stories-'), '_site');
    await build({ config, seedsDir: join(FIXTURES, 'stories'), outputDir: out });
    site = await serve(out);
    browser = await launch();
  });
  after(async () => { await browser?.close(); await site?.close(); });

  it('an article page lists the other reports with outlet and date, and leads to the event\'s timeline', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}su-kien/`);
    const events = page.locator('ul.entries a');
    assert.equal(await events.count(), 1);
    await events.first().click();
    const timeline = page.locator('ol.story-timeline > li');
    assert.equal(await timeline.count(), 3);
    const times = await page.$$eval('ol.story-timeline time', (ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    assert.deepEqual(times, [...times].sort(), 'who reported first comes first');
    const eventUrl = new URL(page.url()).pathname;

    await timeline.nth(1).locator('a[href^="/bai-viet/"]').click();
    const others = page.locator('section.story li');
    assert.equal(await others.count(), 2);
    for (const text of await others.allTextContents()) assert.match(text, /Yagi.*\d{2}\/09\/2024/s);
    await page.getByRole('link', { name: 'Dòng thời gian của sự kiện' }).click();
    assert.equal(new URL(page.url()).pathname, eventUrl);
    await page.close();
  });

  it('the event\'s pages and its reports have no axe violations; the other stories of the day list no event', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.url}su-kien/`);
    const eventUrl = await page.locator('ul.entries a').first().getAttribute('href');
    await page.goto(new URL(eventUrl!, site.url).href);
    const report = await page.locator('ol.story-timeline a[href^="/bai-viet/"]').first().getAttribute('href');
    for (const path of [eventUrl!, '/su-kien/', report!]) {
      await page.goto(new URL(path, site.url).href);
      assert.deepEqual(await axeViolations(page), [], path);
    }
    await page.goto(`${site.url}thang/2024-09/`);
    const petrol = page.locator('a', { hasText: 'Giá xăng giảm' }).first();
    await petrol.click();
    assert.equal(await page.locator('section.story').count(), 0);
    await context.close();
  });
});
