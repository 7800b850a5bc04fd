import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clean } from '../../src/clean/index.ts';
import { findDuplicates, fingerprint } from '../../src/clean/duplicates.ts';
import { Spool } from '../../src/text/spool.ts';
import type { Block } from '../../src/types.ts';
import config from '../../site.config.ts';
import { goldCases, ingestText } from '../helpers.ts';

const seeds = goldCases('seeds').map((c) => clean(ingestText(c.textPath, c.text), { customRules: config.cleanRules }).blocks);
const edit = (blocks: Block[], f: (text: string, i: number) => string): Block[] => blocks.map((b, i) => ({ ...b, text: f(b.text, i) }));
const prints = (items: [string, Block[]][]) => items.map(([path, blocks]) => fingerprint(path, blocks));
const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

describe('clean: duplicates', () => {
  it('merges a copy that differs only in case, diacritics, punctuation and spacing, into the first', () => {
    const [a, b] = seeds;
    const copy = edit(a!, (t) => strip(t).toUpperCase().replace(/,/g, ' ,  ').replace(/\./g, '!'));
    assert.deepEqual([...findDuplicates(prints([['a.txt', a!], ['b.txt', b!], ['a-copy.txt', copy]]))],
      [['a-copy.txt', 'a.txt']]);
  });

  it('merges a copy with one sentence changed, not a different story with the same opening', () => {
    const long = seeds.reduce((x, y) => (y.length > x.length ? y : x));
    const edited = edit(long, (t, i) => (i === long.length - 1 ? `${t} Bài viết được cập nhật lúc 10 giờ.` : t));
    const other = [long[0]!, ...seeds.find((s) => s !== long)!.slice(1)];
    const items: [string, Block[]][] = [['1.txt', long], ['2.txt', other], ['3.txt', edited]];
    assert.deepEqual([...findDuplicates(prints(items))], [['3.txt', '1.txt']]);
    // The texts a near copy is compared by may wait on disk: the same copies are found.
    const spool = new Spool();
    try {
      assert.deepEqual([...findDuplicates(items.map(([path, blocks]) => fingerprint(path, blocks, (t) => spool.put(t))))], [['3.txt', '1.txt']]);
    } finally {
      spool.close();
    }
  });

  it('keeps every seed: five different stories', () => {
    assert.equal(findDuplicates(prints(seeds.map((blocks, i) => [`${i}.txt`, blocks]))).size, 0);
  });
});
