import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Spool } from '../../src/text/spool.ts';
import { tempDir } from '../temp.ts';

describe('text: spool', () => {
  it('gives back each text as it was put, before and after its bytes reach the file', async () => {
    const parent = await tempDir('spool-');
    const spool = new Spool(parent);
    try {
      const paragraph = 'Ngoại trưởng Nga Sergey Lavrov cho biết cơ hội tiếp tục đàm phán phụ thuộc vào phản ứng của phương Tây. ';
      // Enough text to be written out in several chunks, with texts read while others still wait.
      const texts = Array.from({ length: 3000 }, (_, i) => `<p>${i}: ${paragraph.repeat(1 + (i % 7))}</p>`);
      const stored = texts.map((t, i) => {
        const s = spool.put(t);
        if (i % 500 === 0) assert.equal(s.read(), t);
        return s;
      });
      assert.deepEqual(stored.map((s) => s.read()), texts);
      assert.equal(spool.put('').read(), '');
      assert.equal(JSON.stringify({ body: stored[1] }), JSON.stringify({ body: texts[1] }), 'written as its text, not its place');
    } finally {
      spool.close();
    }
    assert.deepEqual(readdirSync(parent), [], 'closing removes its file and folder');
  });

  it('refuses to read once closed', async () => {
    const parent = await tempDir('spool-');
    const spool = new Spool(parent);
    const s = spool.put('Hà Nội');
    const folder = join(parent, readdirSync(parent)[0]!);
    spool.close();
    assert.equal(existsSync(folder), false);
    assert.throws(() => s.read(), /after its build had ended/);
  });

  it('removes the spools a killed build left a day ago, and none younger', async () => {
    const parent = await tempDir('spool-');
    const stale = join(parent, 'luu-tru-than-bai-cu');
    const recent = join(parent, 'luu-tru-than-bai-moi');
    for (const dir of [stale, recent]) mkdirSync(dir);
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    utimesSync(stale, twoDaysAgo, twoDaysAgo);
    const spool = new Spool(parent);
    try {
      assert.equal(existsSync(stale), false);
      assert.equal(existsSync(recent), true);
    } finally {
      spool.close();
    }
  });
});
