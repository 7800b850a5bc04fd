import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutPages, dateSpan, placePages } from '../../src/site/paging.ts';

/** Addresses shaped like the archive's, three thousand of them. */
const urls = Array.from({ length: 3000 }, (_, i) => `/bai-viet/tin-doi-ngoai-so-${i}/`);
const pagesOf = (items: string[], size: number) => cutPages(items, (u) => u, size);
/** The pages of `after` that are not, item for item, pages of `before`. */
const changed = (before: string[][], after: string[][]) => {
  const kept = new Set(before.map((p) => p.join(' ')));
  return after.filter((p) => !kept.has(p.join(' '))).length;
};

describe('site/paging: lists cut where their items say', () => {
  for (const size of [20, 50]) {
    it(`keeps every item once, in order, in pages of ${size} on average (${size / 2} to ${2.5 * size} each)`, () => {
      const pages = pagesOf(urls, size);
      assert.deepEqual(pages.flat(), urls);
      for (const p of pages) assert.ok(p.length >= size / 2 && p.length <= 2.5 * size, `a page of ${p.length}`);
      const mean = urls.length / pages.length;
      assert.ok(mean > size * 0.8 && mean < size * 1.2, `mean ${mean}`);
    });

    it(`changes at most four pages of ${size} when an item is added or removed anywhere`, () => {
      const before = pagesOf(urls, size);
      for (let at = 0; at <= urls.length; at += 13) {
        const added = pagesOf([...urls.slice(0, at), `/bai-viet/bai-moi-${at}/`, ...urls.slice(at)], size);
        assert.ok(changed(before, added) <= 4, `added at ${at}: ${changed(before, added)} pages changed`);
        const removed = pagesOf([...urls.slice(0, at), ...urls.slice(at + 1)], size);
        assert.ok(changed(before, removed) <= 4, `removed at ${at}: ${changed(before, removed)} pages changed`);
      }
    });
  }

  it('a short list is one page, an empty one an empty page', () => {
    assert.deepEqual(pagesOf(urls.slice(0, 5), 20), [urls.slice(0, 5)]);
    assert.deepEqual(pagesOf([], 20), [[]]);
  });

  it('places the first page at the list\'s address and the others under their names, linked in reading order', () => {
    const placed = placePages({ base: '/nguon/x/', title: 'Nguồn: X', pages: [['c', 'b'], ['a']], nameOf: (p) => `tu/${p[p.length - 1]}/`, labelOf: (p) => p.join(', ') });
    assert.deepEqual(placed.map((p) => [p.url, p.title, p.prevUrl, p.nextUrl, p.pageLabel]), [
      ['/nguon/x/', 'Nguồn: X', null, '/nguon/x/tu/a/', 'c, b'],
      ['/nguon/x/tu/a/', 'Nguồn: X (a)', '/nguon/x/', null, 'a'],
    ]);
    assert.equal(placePages({ base: '/b/', title: 'B', pages: [['x']], nameOf: () => 'y/', labelOf: () => 'z' })[0]!.pageLabel, null, 'one page needs no pager');
  });

  it('names a span of dates from the oldest', () => {
    assert.equal(dateSpan(['01/03/2024', null, '19/03/2024']), '01/03/2024 – 19/03/2024');
    assert.equal(dateSpan(['05/03/2024', '05/03/2024']), '05/03/2024');
    assert.equal(dateSpan([null]), null);
  });
});
