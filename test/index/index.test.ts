import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { firstShards, indexStaged, quoteDocument, searchUrl, stageDocuments, STAGING, type IndexRecord } from '../../src/index/index.ts';
import { filesOf } from '../helpers.ts';
import { tempDir } from '../temp.ts';

const records = [
  { url: '/bai-viet/dam-phan/', shard: '2024', html: '<html lang="vi"><body><article data-pagefind-body><h1>Đàm phán hòa bình</h1><p>Hai bên đàm phán tại Geneva.</p></article></body></html>' },
  { url: '/bai-viet/hoi-nghi/', shard: '2024', html: '<html lang="vi"><body><article data-pagefind-body><h1>Hội nghị thượng đỉnh</h1><p>Các nhà lãnh đạo gặp nhau.</p></article></body></html>' },
] satisfies IndexRecord[];

async function folders() {
  const root = await tempDir('index-stage-');
  const memory = join(root, 'memory');
  await mkdir(memory);
  return { out: join(root, '_site'), memory };
}

const exists = (path: string) => stat(path).then(() => true, () => false);


describe('index: staging the search documents', () => {
  it('makes a document given as a function when it stages it, the same as one given as text', async () => {
    const a = await folders();
    const b = await folders();
    const made: string[] = [];
    const lazy = records.map((r) => ({ ...r, html: () => { made.push(r.url); return r.html; } }));
    const asText = await stageDocuments({ outputDir: a.out, records, memoryFolders: [a.memory] });
    const asFunctions = await stageDocuments({ outputDir: b.out, records: lazy, memoryFolders: [b.memory] });
    assert.deepEqual(await filesOf(asFunctions), await filesOf(asText));
    // Once to measure what is staged, once to write it: none is kept in between.
    assert.deepEqual(made, [...records.map((r) => r.url), ...records.map((r) => r.url)]);
  });

  it('stages them in a memory folder when one has room, never in the output folder, with đ prepared for folding', async () => {
    const { out, memory } = await folders();
    const staging = await stageDocuments({ outputDir: out, records, memoryFolders: [memory] });
    assert.ok(staging.startsWith(memory + '/'), staging);
    assert.equal(await exists(join(out, STAGING)), false);
    const doc = await readFile(join(staging, '2024', 'bai-viet', 'dam-phan', 'index.html'), 'utf8');
    assert.match(doc, /D\u0335àm phán/);
    assert.doesNotMatch(doc, /Đ/);
  });

  it('falls back to the output folder when no memory folder exists', async () => {
    const { out } = await folders();
    const staging = await stageDocuments({ outputDir: out, records, memoryFolders: ['/no/such/folder'] });
    assert.equal(staging, join(out, STAGING));
    assert.deepEqual((await readdir(join(staging, '2024', 'bai-viet'))).sort(), ['dam-phan', 'hoi-nghi']);
  });

  it('refuses a URL that would land outside the staging folder', async () => {
    const { out, memory } = await folders();
    await assert.rejects(stageDocuments({ outputDir: out, records: [{ url: '/../../thoat/', html: '<p>x</p>', shard: '2024' }], memoryFolders: [memory] }), /escapes the staging folder/);
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
    assert.deepEqual(result, { pages: 2, errors: [], shards: 1, indexed: 1 });
    assert.ok((await readdir(join(out, 'pagefind', '2024'))).some((f) => f.endsWith('.pf_meta')));
    assert.equal((await readdir(join(out, 'pagefind', '2024', 'fragment'))).length, 2);
    assert.deepEqual(JSON.parse(await readFile(join(out, 'pagefind', 'khoi.json'), 'utf8')), { shards: ['2024'], first: 1 });
    assert.ok(await exists(join(out, 'pagefind', 'pagefind-ui.js')), 'the UI the pages load sits beside the shards');
    assert.equal(await exists(staging), false);
  });

  it('gives the same index wherever the documents waited', async () => {
    const many: IndexRecord[] = Array.from({ length: 40 }, (_, i) => ({
      url: `/bai-viet/bai-${i}/`,
      shard: i % 2 ? '2023' : '2024',
      html: `<html lang="vi"><body><article data-pagefind-body><h1>Bài số ${i}</h1><p>Đoạn văn thứ ${i} của bài.</p></article></body></html>`,
    }));
    const a = await folders();
    const b = await folders();
    await indexStaged(a.out, await stageDocuments({ outputDir: a.out, records: many, memoryFolders: [a.memory] }));
    await indexStaged(b.out, await stageDocuments({ outputDir: b.out, records: many, memoryFolders: [] }));
    for (const sub of ['2024/fragment', '2024/index', '2023/fragment', '2023/index']) {
      assert.deepEqual(await readdir(join(a.out, 'pagefind', sub)), await readdir(join(b.out, 'pagefind', sub)));
    }
    assert.equal(await exists(join(b.out, STAGING)), false);
  });

  it('an empty archive has no index, and its empty staging folder is removed too', async () => {
    const { out, memory } = await folders();
    const staging = await stageDocuments({ outputDir: out, records: [], memoryFolders: [memory] });
    assert.deepEqual(await indexStaged(out, staging), { pages: 0, errors: [], shards: 0, indexed: 0 });
    assert.deepEqual(JSON.parse(await readFile(join(out, 'pagefind', 'khoi.json'), 'utf8')), { shards: [], first: 0 });
    assert.equal(await exists(staging), false);
  });

  it('indexes each shard into a bundle of its own, listed in the order given', async () => {
    const { out, memory } = await folders();
    const three = [...records, { ...records[0]!, url: '/bai-viet/cu/', shard: '2019-2021' }, { ...records[1]!, url: '/bai-viet/khong-ngay/', shard: 'khong-ngay' }];
    const staging = await stageDocuments({ outputDir: out, records: three, shards: ['2024', '2019-2021', 'khong-ngay'], memoryFolders: [memory] });
    assert.deepEqual(await indexStaged(out, staging), { pages: 4, errors: [], shards: 3, indexed: 3 });
    assert.deepEqual(JSON.parse(await readFile(join(out, 'pagefind', 'khoi.json'), 'utf8')), { shards: ['2024', '2019-2021', 'khong-ngay'], first: 3 });
    for (const [shard, n] of [['2024', 2], ['2019-2021', 1], ['khong-ngay', 1]] as const) {
      assert.equal((await readdir(join(out, 'pagefind', shard, 'fragment'))).length, n, shard);
    }
    // The newest shard's engine merges the others: theirs would never be loaded.
    const engine = (files: string[]) => files.filter((f) => /^(?:pagefind\.js|pagefind-worker\.js|wasm\..*)$/.test(f)).sort();
    assert.deepEqual(engine(await readdir(join(out, 'pagefind', '2024'))), ['pagefind-worker.js', 'pagefind.js', 'wasm.unknown.pagefind']);
    for (const shard of ['2019-2021', 'khong-ngay']) {
      assert.deepEqual(engine(await readdir(join(out, 'pagefind', shard))), [], shard);
      assert.ok((await readdir(join(out, 'pagefind', shard))).includes('pagefind-entry.json'), shard);
    }
  });

  it('lists how many of the newest shards a first search reads: until they hold the articles asked for', async () => {
    const { out, memory } = await folders();
    const three = [...records, { ...records[0]!, url: '/bai-viet/cu/', shard: '2019-2021' }, { ...records[1]!, url: '/bai-viet/khong-ngay/', shard: 'khong-ngay' }];
    const staging = await stageDocuments({ outputDir: out, records: three, shards: ['2024', '2019-2021', 'khong-ngay'], memoryFolders: [memory], firstArticles: 2 });
    await indexStaged(out, staging);
    assert.deepEqual(JSON.parse(await readFile(join(out, 'pagefind', 'khoi.json'), 'utf8')), { shards: ['2024', '2019-2021', 'khong-ngay'], first: 1 });
    // Newest first: a small newest shard takes the next ones with it; an archive smaller than asked is read whole.
    assert.equal(firstShards([300, 9_800, 10_000, 10_000], 10_000), 2);
    assert.equal(firstShards([10_000, 10_000, 40], 10_000), 1);
    assert.equal(firstShards([4_000, 3_000, 200], 10_000), 3);
    assert.equal(firstShards([], 10_000), 0);
  });

  it('indexes again only the shards whose documents changed, and gives the same files as indexing all', async () => {
    const root = await tempDir('index-keep-');
    const bundles = join(root, 'chi-muc');
    const two = (changed: boolean): IndexRecord[] => [
      { ...records[0]!, shard: '2024', html: changed ? records[0]!.html.replace('Geneva', 'Vienna') : records[0]!.html },
      { ...records[1]!, shard: '2023' },
    ];
    const build = async (out: string, docs: IndexRecord[], keep?: string) => {
      const staging = await stageDocuments({ outputDir: out, records: docs, memoryFolders: [], ...(keep ? { bundles: keep } : {}) });
      const stagedShards = (await readdir(staging)).filter((n) => n !== 'khoi.json').sort();
      return { staged: stagedShards, result: await indexStaged(out, staging) };
    };
    const first = await build(join(root, 'a'), two(false), bundles);
    assert.deepEqual([first.staged, first.result.indexed], [['2023', '2024'], 2]);
    const again = await build(join(root, 'b'), two(true), bundles);
    assert.deepEqual(again.staged, ['2024'], 'the unchanged shard is not even staged');
    assert.deepEqual([again.result.pages, again.result.indexed, again.result.shards], [2, 1, 2]);
    await build(join(root, 'c'), two(true));
    assert.deepEqual(await filesOf(join(root, 'b', 'pagefind')), await filesOf(join(root, 'c', 'pagefind')));
    assert.equal((await readdir(bundles)).length, 2, 'the bundle of the changed shard\'s old documents is removed');
  });

  it('with keys, knows an unchanged shard by them without making its documents', async () => {
    const root = await tempDir('index-keys-');
    const bundles = join(root, 'chi-muc');
    const made: string[] = [];
    const keyed = (version: string): IndexRecord[] => records.map((r, i) => ({
      ...r, shard: i ? '2023' : '2024', key: i ? 'v1' : version, html: () => { made.push(r.url); return r.html as string; },
    }));
    const build = async (out: string, docs: IndexRecord[]) => indexStaged(out, await stageDocuments({ outputDir: out, records: docs, memoryFolders: [], bundles }));
    assert.deepEqual(await build(join(root, 'a'), keyed('v1')), { pages: 2, errors: [], shards: 2, indexed: 2 });
    assert.deepEqual([...new Set(made)].sort(), records.map((r) => r.url).sort(), 'each document made, to be indexed');
    made.length = 0;
    assert.deepEqual(await build(join(root, 'b'), keyed('v1')), { pages: 2, errors: [], shards: 2, indexed: 0 });
    assert.deepEqual(made, [], 'no document made when every shard is known by its keys');
    assert.deepEqual(await build(join(root, 'c'), keyed('v2')), { pages: 2, errors: [], shards: 2, indexed: 1 });
    assert.deepEqual([...new Set(made)], [records[0]!.url], 'only the changed shard\'s documents made');
    assert.deepEqual(await filesOf(join(root, 'a', 'pagefind')), await filesOf(join(root, 'c', 'pagefind')));
  });

  it('refuses a shard name that is no plain folder name, or one not in the list', async () => {
    const { out, memory } = await folders();
    await assert.rejects(stageDocuments({ outputDir: out, records: [{ ...records[0]!, shard: '../x' }], memoryFolders: [memory] }), /unknown shard/);
    await assert.rejects(stageDocuments({ outputDir: out, records, shards: ['2023'], memoryFolders: [memory] }), /unknown shard/);
  });

  it('indexes a collection of its own (the quotes) in its folder, with its shards, list and engine, and keeps each apart on a rebuild', async () => {
    const root = await tempDir('index-collections-');
    const bundles = join(root, 'chi-muc');
    const quote = (url: string, shard: string, words: string): IndexRecord => ({ url, shard, html: `<html lang="vi"><body><article data-pagefind-body><h1>Sergey Lavrov</h1><p>${words}</p></article></body></html>` });
    const quotes = [quote('/bai-viet/dam-phan/1/', '2024', 'Chúng tôi sẵn sàng.'), quote('/bai-viet/cu/1/', '2023', 'Không có gì mới.')];
    const main = [{ ...records[0]!, shard: '2024' }, { ...records[1]!, url: '/bai-viet/cu/', shard: '2023' }];
    const build = async (out: string, q: IndexRecord[], shards = ['2024', '2023']) =>
      indexStaged(out, await stageDocuments({ outputDir: out, records: main, shards, bundles, memoryFolders: [], collections: [{ folder: 'phat-ngon', records: q, shards }] }));
    const out = join(root, '_site');
    assert.deepEqual(await build(out, quotes), { pages: 2, errors: [], shards: 2, indexed: 2, collections: [{ folder: 'phat-ngon', pages: 2, shards: 2, indexed: 2 }] });
    const index = join(out, 'pagefind');
    assert.deepEqual((await readdir(index)).sort(), ['2023', '2024', 'khoi.json', 'pagefind-ui.css', 'pagefind-ui.js', 'phat-ngon']);
    assert.deepEqual((await readdir(join(index, 'phat-ngon'))).sort(), ['2023', '2024', 'khoi.json']);
    assert.deepEqual(JSON.parse(await readFile(join(index, 'phat-ngon', 'khoi.json'), 'utf8')), { shards: ['2024', '2023'], first: 2 });
    assert.ok((await readdir(join(index, 'phat-ngon', '2024'))).includes('pagefind.js'), 'the collection\'s newest shard holds its engine');
    assert.ok(!(await readdir(join(index, 'phat-ngon', '2023'))).includes('pagefind.js'));
    assert.ok(!(await readdir(join(index, 'phat-ngon', '2024'))).includes('pagefind-ui.js'), 'the UI files sit once, at the top');
    assert.equal((await readdir(join(index, 'phat-ngon', '2023', 'fragment'))).length, 1);

    // The 2023 quote goes: its shard goes from the quotes' index and their kept bundles, the articles' stays.
    assert.deepEqual(await build(out, quotes.slice(0, 1)), { pages: 2, errors: [], shards: 2, indexed: 0, collections: [{ folder: 'phat-ngon', pages: 1, shards: 1, indexed: 0 }] });
    assert.deepEqual((await readdir(join(index, 'phat-ngon'))).sort(), ['2024', 'khoi.json']);
    assert.ok(await exists(join(index, '2023', 'pagefind-entry.json')));
    assert.equal((await readdir(join(bundles, 'phat-ngon'))).length, 1);
    assert.deepEqual((await readdir(bundles)).filter((n) => n.startsWith('2023')).length, 1, 'the articles\' bundles are left alone');
  });

  it('refuses a collection whose folder is no plain name of its own', async () => {
    const { out, memory } = await folders();
    for (const folder of ['../x', '2024', '']) {
      await assert.rejects(stageDocuments({ outputDir: out, records, memoryFolders: [memory], collections: [{ folder, records: [] }] }), /folder must be a name of its own/, folder);
    }
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

  it('makes a quote a document of its own: speaker and post as title, words as text, filters as an article\'s, all escaped', () => {
    const doc = quoteDocument({ speaker: 'Sergey Lavrov', post: 'Ngoại trưởng <Nga>', text: 'Chúng tôi "sẵn sàng" ... đàm phán <script>alert(1)</script>', date: '2022-01-10', shortDate: '10/01/2022', month: '2022-01', outlet: { name: 'Tin & Báo' } }, '2022');
    assert.match(doc, /<h1 data-pagefind-meta="title"[^>]*>Sergey Lavrov – Ngoại trưởng &lt;Nga&gt;<\/h1>/);
    assert.match(doc, /<blockquote><p>Chúng tôi &quot;sẵn sàng&quot; \.\.\. đàm phán &lt;script&gt;/);
    assert.doesNotMatch(doc, /<script>/);
    assert.match(doc, /data-pagefind-sort="ngay:2022-01-10"/);
    // The link's words stop at the ellipsis: what a quote leaves out is not on the page.
    assert.match(doc, /<span data-pagefind-meta="trich">Chúng tôi &quot;sẵn sàng&quot;<\/span>/);
    for (const [filter, value] of [['Nguồn', 'Tin &amp; Báo'], ['Nhân vật', 'Sergey Lavrov'], ['Tháng', 'Tháng 1/2022'], ['khoi', '2022']]) {
      assert.ok(doc.includes(`<span data-pagefind-filter="${filter}">${value}</span>`), filter);
    }
    assert.doesNotMatch(doc, /bai-viet/, 'nothing of the article\'s address, which Pagefind would search as metadata');
  });

  it('links the search of quotes, prefiltered, as it links the articles\'', () => {
    assert.equal(searchUrl({ person: 'Sergey Lavrov' }), `/tim-kiem/?${encodeURIComponent('Nhân vật')}=Sergey%20Lavrov`);
    assert.equal(searchUrl({ person: 'Sergey Lavrov' }, 'phat-ngon'), `/tim-kiem/?loai=phat-ngon&${encodeURIComponent('Nhân vật')}=Sergey%20Lavrov`);
    assert.equal(searchUrl({}, 'phat-ngon'), '/tim-kiem/?loai=phat-ngon');
  });
});
