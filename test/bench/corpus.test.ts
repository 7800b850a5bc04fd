import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { materialFrom, synthesize, writeCorpus, type CorpusMaterial } from '../../scripts/bench/corpus.ts';
import { ROOT, extractText } from '../helpers.ts';
import { tempDir } from '../temp.ts';

describe('bench: synthetic corpus', () => {
  let m: CorpusMaterial;
  before(async () => { m = await materialFrom(join(ROOT, 'seeds')); });

  it('takes its material from the seeds\' article text and chrome', () => {
    assert.ok(m.paragraphs.length >= 30 && m.chrome.length >= 20);
    assert.ok(m.paragraphs.every((p) => !/^(?:Chia sẻ|Tin mới|Đọc nhiều)$/.test(p)));
  });

  it('is deterministic: the same index gives the same page, other indexes other pages', () => {
    assert.equal(synthesize(7, m), synthesize(7, m));
    const pages = new Set(Array.from({ length: 50 }, (_, i) => synthesize(i, m)));
    assert.equal(pages.size, 50);
  });

  it('makes pages the pipeline does real work on: chrome to remove, a date, people, an outlet', () => {
    let dated = 0, withOutlet = 0, withPeople = 0, removed = 0;
    for (let i = 0; i < 60; i++) {
      const a = extractText(`bai-${i}.txt`, synthesize(i, m));
      if (a.date) dated++;
      if (a.outlet) withOutlet++;
      if (a.officials.length) withPeople++;
      removed += a.clean.removed.length;
      assert.ok(!a.clean.blocks.some((b) => /^(?:Chia sẻ|Đọc nhiều|Tin mới)$/.test(b.text)), `chrome in body of ${i}`);
    }
    assert.ok(dated >= 50 && withOutlet >= 30 && withPeople === 60 && removed >= 60 * 5, JSON.stringify({ dated, withOutlet, withPeople, removed }));
  });

  it('writes N files in folders of a thousand, byte for byte the same twice', async () => {
    const a = await tempDir('corpus-a-'), b = await tempDir('corpus-b-');
    await writeCorpus(a, 1200, m);
    await writeCorpus(b, 1200, m);
    assert.deepEqual(await readdir(a), ['lo-000', 'lo-001']);
    assert.equal((await readdir(join(a, 'lo-001'))).length, 200);
    for (const f of ['lo-000/bai-000000.txt', 'lo-001/bai-001199.txt']) {
      assert.equal(await readFile(join(a, f), 'utf8'), await readFile(join(b, f), 'utf8'));
    }
  });
});
