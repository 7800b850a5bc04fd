import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutRuns } from '../../src/text/cuts.ts';

/** Addresses shaped like the archive's, three thousand of them. */
const urls = Array.from({ length: 3000 }, (_, i) => `/bai-viet/tin-doi-ngoai-so-${i}/`);
const runsOf = (items: string[], size: number) => cutRuns(items, (u) => u, size);
/** The runs of `after` that are not, item for item, runs of `before`. */
const changed = (before: string[][], after: string[][]) => {
  const kept = new Set(before.map((p) => p.join(' ')));
  return after.filter((p) => !kept.has(p.join(' '))).length;
};

describe('text/cuts: lists cut where their items say', () => {
  for (const size of [20, 50]) {
    it(`keeps every item once, in order, in runs of ${size} on average (${size / 2} to ${2.5 * size} each)`, () => {
      const runs = runsOf(urls, size);
      assert.deepEqual(runs.flat(), urls);
      for (const p of runs) assert.ok(p.length >= size / 2 && p.length <= 2.5 * size, `a run of ${p.length}`);
      const mean = urls.length / runs.length;
      assert.ok(mean > size * 0.8 && mean < size * 1.2, `mean ${mean}`);
    });

    it(`changes at most four runs of ${size} when an item is added or removed anywhere`, () => {
      const before = runsOf(urls, size);
      for (let at = 0; at <= urls.length; at += 13) {
        const added = runsOf([...urls.slice(0, at), `/bai-viet/bai-moi-${at}/`, ...urls.slice(at)], size);
        assert.ok(changed(before, added) <= 4, `added at ${at}: ${changed(before, added)} runs changed`);
        const removed = runsOf([...urls.slice(0, at), ...urls.slice(at + 1)], size);
        assert.ok(changed(before, removed) <= 4, `removed at ${at}: ${changed(before, removed)} runs changed`);
      }
    });
  }

  it('a short list is one run, an empty one an empty run', () => {
    assert.deepEqual(runsOf(urls.slice(0, 5), 20), [urls.slice(0, 5)]);
    assert.deepEqual(runsOf([], 20), [[]]);
  });
});
