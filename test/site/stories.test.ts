import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import config from '../../site.config.ts';
import { render } from '../../src/render/index.ts';
import { buildModel } from '../../src/site/model.ts';
import { STORY_OPTIONS, storyGroups, type StoryInput } from '../../src/site/stories.ts';
import { listPageHtml, articleBody } from '../../src/site/views.ts';
import { storyTerms } from '../../src/text/terms.ts';
import { extractText, FIXTURES } from '../helpers.ts';

/** Other news of the same weeks: each with terms of its own, and a few every article has. */
function background(count: number, date = '2024-09-07'): StoryInput[] {
  return Array.from({ length: count }, (_, k) => ({ date, terms: [1, 2, 3, ...Array.from({ length: 30 }, (_, t) => 1000 + k * 100 + t)].sort((a, b) => a - b) }));
}
const article = (date: string | null, terms: number[]): StoryInput => ({ date, terms: [...new Set([1, 2, 3, ...terms])].sort((a, b) => a - b) });
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('site: one event told by several outlets', () => {
  it('groups reports that share most of their rare terms within days, and leaves alone those a week apart', () => {
    const event = range(500, 20);
    const articles = [
      article('2024-09-07', [...event.slice(0, 16), 900, 901]),
      article('2024-09-08T10:00', [...event.slice(4, 20), 902]),
      article('2024-09-16', [...event.slice(2, 18)]),
      ...background(40),
    ];
    assert.deepEqual(storyGroups(articles), [[0, 1]]);
  });

  it('never joins two events through a report alike to both (complete linkage)', () => {
    const [x, y] = [range(500, 16), range(600, 16)];
    const articles = [
      article('2024-09-07', x),
      article('2024-09-07', [...x.slice(0, 10), ...y.slice(0, 10)]),
      article('2024-09-07', y),
      ...background(40),
    ];
    const groups = storyGroups(articles, { ...STORY_OPTIONS, alike: 0.3 });
    assert.ok(groups.every((g) => !(g.includes(0) && g.includes(2))), JSON.stringify(groups));
    assert.equal(groups.length, 1, 'the report in between joins one of them');
  });

  it('joins a report known to its month to those of that month, and none without a date or known to its year alone', () => {
    const event = range(500, 20);
    const articles = [article(null, event), article('2024', event), article('2024-09', event), article('2024-09-07', event), article('2024-10', event), ...background(40)];
    assert.deepEqual(storyGroups(articles), [[2, 3]]);
  });

  it('groups no reports that share only what every article has', () => {
    const articles = [article('2024-09-07', range(700, 5)), article('2024-09-07', range(800, 5)), ...background(40)];
    assert.deepEqual(storyGroups(articles), []);
  });

  it('keeps a group to its largest size, and gives the same groups for the same articles in any order', () => {
    const event = range(500, 20);
    const many = Array.from({ length: 20 }, (_, k) => article('2024-09-07', [...event, 3000 + k]));
    const groups = storyGroups([...many, ...background(40)], { ...STORY_OPTIONS, largest: 5 });
    assert.ok(groups.length >= 4 && groups.every((g) => g.length <= 5), JSON.stringify(groups));
    const reversed = storyGroups([...many].reverse().concat(background(40)), { ...STORY_OPTIONS, largest: 5 });
    assert.equal(reversed.length, groups.length);
  });

  it('reads the terms of a headline and an opening: names and figures alone, words in pairs, function words in none', () => {
    const terms = storyTerms('Bão Yagi đổ bộ Quảng Ninh', 'Trưa 7/9, tâm bão số 3 đi vào đất liền với sức gió cấp 14 và của các');
    const again = storyTerms('Bão Yagi đổ bộ Quảng Ninh', 'Trưa 7/9, tâm bão số 3 đi vào đất liền với sức gió cấp 14 và của các');
    assert.deepEqual(terms, again);
    assert.deepEqual(terms, [...terms].sort((a, b) => a - b));
    assert.equal(new Set(terms).size, terms.length);
    const other = storyTerms('Giá xăng giảm lần thứ ba', 'Liên bộ Công Thương và Tài chính điều chỉnh giá xăng dầu chiều nay');
    assert.equal(terms.filter((t) => other.includes(t)).length, 0, 'two unrelated stories share no term');
    assert.ok(storyTerms(null, 'và của các và của các').length === 0, 'function words make no term');
  });
});

/** Five reports of one day (test/fixtures/stories/): three outlets' reports of a storm's landfall, in words of their own, and two other stories. */
const STORM = readdirSync(join(FIXTURES, 'stories')).sort().map((f) => ({ f, text: readFileSync(join(FIXTURES, 'stories', f), 'utf8') }));

describe('site: the reports of one event on the site', () => {
  const model = buildModel(STORM.map(({ f, text }) => render(extractText(f, text), f.replace(/\.txt$/, ''))), config);
  const site = { title: config.title, description: config.description, baseUrl: config.baseUrl, pathPrefix: config.pathPrefix };

  it('lists on each report the others, with outlet and date, and gives three or more a page with who reported when', () => {
    const storm = model.articles.filter((a) => a.title.includes('Yagi'));
    assert.equal(storm.length, 3);
    for (const a of storm) {
      assert.deepEqual(a.story?.others.map((o) => o.url).sort(), storm.filter((x) => x !== a).map((x) => x.url).sort(), a.title);
      const body = articleBody(site, a).value;
      assert.match(body, /<h2 id="cung-su-kien">Các báo khác cùng đưa tin<\/h2>/);
    }
    assert.ok(model.articles.filter((a) => !a.title.includes('Yagi')).every((a) => a.story === null));
    assert.equal(model.stories.length, 1);
    const page = model.pages.find((p) => p.kind === 'story')!;
    assert.equal(page.url, model.stories[0]!.url);
    const html = listPageHtml(site, page, model);
    const order = [...html.matchAll(/<li><time datetime="([^"]+)"/g)].map((m) => m[1]!);
    assert.deepEqual(order, [...order].sort(), 'reports in the order they came out');
    const outlets = storm.flatMap((a) => (a.outlet ? [a.outlet.name] : []));
    assert.ok(outlets.length >= 2, outlets.join());
    for (const outlet of outlets) assert.ok(html.includes(`>${outlet}</a>: <a href=`), outlet);
    assert.ok(model.pages.some((p) => p.kind === 'feed' && p.url === `${page.url}feed.xml`), 'the event has a feed');
  });
});
