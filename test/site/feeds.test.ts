import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import config from '../../site.config.ts';
import { render } from '../../src/render/index.ts';
import { FEED_ENTRIES } from '../../src/site/feeds.ts';
import { buildModel } from '../../src/site/model.ts';
import { listPageHtml } from '../../src/site/views.ts';
import { extractText } from '../helpers.ts';
import { tempDir } from '../temp.ts';
import { invalidFeeds } from './atom.ts';

const site = { title: config.title, description: config.description, baseUrl: 'https://kho.example', pathPrefix: '/' };

/** Articles crediting TTXVN and naming one minister, one a day from 1 March 2024, and one undated. */
function model(count: number) {
  const rendered = Array.from({ length: count + 1 }, (_, i) => {
    const date = i < count ? `${String(1 + (i % 28)).padStart(2, '0')}/${String(3 + Math.floor(i / 28)).padStart(2, '0')}/2024 09:00` : '';
    const text = [`Tin số ${i + 1} về hoạt động đối ngoại trong tuần`, date, '',
      `Theo TTXVN, Bộ trưởng Ngoại giao Bùi Thanh Sơn cho biết hai bên đã nhất trí tiếp tục đối thoại về vấn đề số ${i + 1} trong khu vực.`].join('\n');
    return render(extractText(`a${String(i).padStart(3, '0')}.txt`, text), `a${i}`);
  });
  return buildModel(rendered, { ...config, perPage: 10, homePages: 1 });
}

describe('site: a feed for each outlet, agency and person', () => {
  const m = model(30);
  // The feeds of lists; the articles, alike but for a number, also make events, whose feeds are tested with them (stories.test.ts).
  const feeds = m.pages.filter((p) => p.kind === 'feed' && !p.url.startsWith('/su-kien/'));

  it('follows each agency and person, not the months or the indexes', () => {
    assert.deepEqual(feeds.map((f) => f.url).sort(), ['/hang-tin/ttxvn/feed.xml', '/nhan-vat/bui-thanh-son/feed.xml']);
    for (const p of m.pages.filter((p) => p.kind === 'month' || p.kind === 'months' || p.kind === 'home')) assert.equal(p.alternateUrl, null, p.url);
  });

  it('holds the newest dated articles, newest first, and links each list page to it and back', () => {
    for (const feed of feeds) {
      assert.equal(feed.articles.length, FEED_ENTRIES);
      assert.ok(feed.articles.every((a) => a.date), 'an undated article has no place in a feed');
      const dates = feed.articles.map((a) => a.date!);
      assert.deepEqual(dates, [...dates].sort().reverse());
      assert.equal(dates[0], '2024-04-02T09:00');
      const base = feed.url.replace(/feed\.xml$/, '');
      assert.equal(feed.alternateUrl, base);
      const pages = m.pages.filter((p) => p.kind !== 'feed' && (p.url === base || p.url.startsWith(`${base}tu/`)));
      assert.ok(pages.length >= 1);
      for (const p of pages) assert.equal(p.alternateUrl, feed.url, p.url);
    }
  });

  it('writes Atom that RFC 4287 accepts, with absolute links to the articles', async () => {
    const dir = await tempDir('feeds-');
    const files = await Promise.all(feeds.map(async (f, i) => {
      const file = join(dir, `${i}.xml`);
      await writeFile(file, listPageHtml(site, f, m));
      return file;
    }));
    assert.deepEqual(invalidFeeds(files), []);
    const agency = listPageHtml(site, feeds.find((f) => f.url.startsWith('/hang-tin/'))!, m);
    assert.match(agency, /<link rel="self" type="application\/atom\+xml" href="https:\/\/kho\.example\/hang-tin\/ttxvn\/feed\.xml"\/>/);
    assert.match(agency, /<link rel="alternate" type="text\/html" href="https:\/\/kho\.example\/hang-tin\/ttxvn\/"\/>/);
    assert.match(agency, /<updated>2024-04-02T09:00:00\+07:00<\/updated>/);
    assert.equal((agency.match(/<entry>/g) ?? []).length, FEED_ENTRIES);
  });

  it('fails the schema on a feed that lacks what Atom requires', async () => {
    const file = join(await tempDir('feeds-'), 'bad.xml');
    await writeFile(file, '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><id>u</id></feed>');
    assert.notDeepEqual(invalidFeeds([file]), []);
  });
});
