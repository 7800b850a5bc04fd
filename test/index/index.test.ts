import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { indexStaged, stageDocuments, STAGING, type IndexRecord } from '../../src/index/index.ts';
import { tempDir } from '../temp.ts';

const records: IndexRecord[] = [
  { url: '/bai-viet/dam-phan/', html: '<html lang="vi"><body><article data-pagefind-body><h1>Đàm phán hòa bình</h1><p>Hai bên đàm phán tại Geneva.</p></article></body></html>' },
  { url: '/bai-viet/hoi-nghi/', html: '<html lang="vi"><body><article data-pagefind-body><h1>Hội nghị thượng đỉnh</h1><p>Các nhà lãnh đạo gặp nhau.</p></article></body></html>' },
];

async function folders() {
  const root = await tempDir('index-stage-');
  const memory = join(root, 'memory');
  await mkdir(memory);
  return { out: join(root, '_site'), memory };
}

const exists = (path: string) => stat(path).then(() => true, () => false);

describe('index: staging the search documents', () => {
  it('stages them in a memory folder when one has room, never in the output folder, with đ prepared for folding', async () => {
    const { out, memory } = await folders();
    const staging = await stageDocuments({ outputDir: out, records, memoryFolders: [memory] });
    assert.ok(staging.startsWith(memory + '/'), staging);
    assert.equal(await exists(join(out, STAGING)), false);
    const doc = await readFile(join(staging, 'bai-viet', 'dam-phan', 'index.html'), 'utf8');
    assert.match(doc, /D\u0335àm phán/);
    assert.doesNotMatch(doc, /Đ/);
  });

  it('falls back to the output folder when no memory folder exists', async () => {
    const { out } = await folders();
    const staging = await stageDocuments({ outputDir: out, records, memoryFolders: ['/no/such/folder'] });
    assert.equal(staging, join(out, STAGING));
    assert.deepEqual((await readdir(join(staging, 'bai-viet'))).sort(), ['dam-phan', 'hoi-nghi']);
  });

  it('refuses a URL that would land outside the staging folder', async () => {
    const { out, memory } = await folders();
    await assert.rejects(stageDocuments({ outputDir: out, records: [{ url: '/../../thoat/', html: '<p>x</p>' }], memoryFolders: [memory] }), /escapes the staging folder/);
  });

  it('removes staging folders a killed build left in memory a day ago, and keeps recent ones', async () => {
    const { out, memory } = await folders();
    const old = join(memory, 'luu-tru-chi-muc-cu');
    const recent = join(memory, 'luu-tru-chi-muc-moi');
    const other = join(memory, 'cua-chuong-trinh-khac');
    for (const f of [old, recent, other]) await mkdir(f);
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    await utimes(old, twoDaysAgo, twoDaysAgo);
    await utimes(other, twoDaysAgo, twoDaysAgo);
    await stageDocuments({ outputDir: out, records, memoryFolders: [memory] });
    assert.equal(await exists(old), false);
    assert.equal(await exists(recent), true);
    assert.equal(await exists(other), true, 'folders of other programs are left alone');
  });
});

describe('index: Pagefind on the staged documents', () => {
  it('writes the index into the output folder and removes the staged documents', async () => {
    const { out, memory } = await folders();
    const staging = await stageDocuments({ outputDir: out, records, memoryFolders: [memory] });
    const result = await indexStaged(out, staging);
    assert.deepEqual(result, { pages: 2, errors: [] });
    assert.ok((await readdir(join(out, 'pagefind'))).some((f) => f.endsWith('.pf_meta')));
    assert.equal((await readdir(join(out, 'pagefind', 'fragment'))).length, 2);
    assert.equal(await exists(staging), false);
  });

  it('gives the same index wherever the documents waited', async () => {
    const many: IndexRecord[] = Array.from({ length: 40 }, (_, i) => ({
      url: `/bai-viet/bai-${i}/`,
      html: `<html lang="vi"><body><article data-pagefind-body><h1>Bài số ${i}</h1><p>Đoạn văn thứ ${i} của bài.</p></article></body></html>`,
    }));
    const a = await folders();
    const b = await folders();
    await indexStaged(a.out, await stageDocuments({ outputDir: a.out, records: many, memoryFolders: [a.memory] }));
    await indexStaged(b.out, await stageDocuments({ outputDir: b.out, records: many, memoryFolders: [] }));
    for (const sub of ['fragment', 'index']) {
      assert.deepEqual(await readdir(join(a.out, 'pagefind', sub)), await readdir(join(b.out, 'pagefind', sub)));
    }
    assert.equal(await exists(join(b.out, STAGING)), false);
  });

  it('an empty archive has no index, and its empty staging folder is removed too', async () => {
    const { out, memory } = await folders();
    const staging = await stageDocuments({ outputDir: out, records: [], memoryFolders: [memory] });
    assert.deepEqual(await indexStaged(out, staging), { pages: 0, errors: [] });
    assert.equal(await exists(staging), false);
  });

  it('says what to do when the documents were never staged', async () => {
    const { out } = await folders();
    await assert.rejects(indexStaged(out, join(out, STAGING)), /pages must be built before the index/);
  });
});

describe('index: what a search document carries', () => {
  it('names a month as readers do in the filter panel', async () => {
    const { monthLabel } = await import('../../src/index/markup.ts');
    assert.equal(monthLabel('2021-12'), 'Tháng 12/2021');
    assert.equal(monthLabel('2022-01'), 'Tháng 1/2022');
  });
});
