import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateSpan, placePages } from '../../src/site/paging.ts';

describe('site/paging: pages placed and named', () => {
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
