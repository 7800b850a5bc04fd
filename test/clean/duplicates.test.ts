import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clean } from '../../src/clean/index.ts';
import { findDuplicates } from '../../src/clean/duplicates.ts';
import type { Block } from '../../src/types.ts';
import config from '../../site.config.ts';
import { goldCases, ingestText } from '../helpers.ts';

const seeds = goldCases('seeds').map((c) => clean(ingestText(c.textPath, c.text), { customRules: config.cleanRules }).blocks);
const edit = (blocks: Block[], f: (text: string, i: number) => string): Block[] => blocks.map((b, i) => ({ ...b, text: f(b.text, i) }));
const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

describe('clean: duplicates', () => {
  it('merges a copy that differs only in case, diacritics, punctuation and spacing, into the first', () => {
    const [a, b] = seeds;
    const copy = edit(a!, (t) => strip(t).toUpperCase().replace(/,/g, ' ,  ').replace(/\./g, '!'));
    assert.deepEqual([...findDuplicates([{ path: 'a.txt', blocks: a! }, { path: 'b.txt', blocks: b! }, { path: 'a-copy.txt', blocks: copy }])],
      [['a-copy.txt', 'a.txt']]);
  });

  it('merges a copy with one sentence changed, not a different story with the same opening', () => {
    const long = seeds.reduce((x, y) => (y.length > x.length ? y : x));
    const edited = edit(long, (t, i) => (i === long.length - 1 ? `${t} Bài viết được cập nhật lúc 10 giờ.` : t));
    const other = [long[0]!, ...seeds.find((s) => s !== long)!.slice(1)];
    const found = findDuplicates([{ path: '1.txt', blocks: long }, { path: '2.txt', blocks: other }, { path: '3.txt', blocks: edited }]);
    assert.deepEqual([...found], [['3.txt', '1.txt']]);
  });

  it('keeps every seed: five different stories', () => {
    assert.equal(findDuplicates(seeds.map((blocks, i) => ({ path: `${i}.txt`, blocks }))).size, 0);
  });
});
