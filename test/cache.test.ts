import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFile, cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import config from '../site.config.ts';
import { codeVersion, fileCache } from '../src/cache.ts';
import { build } from '../src/pipeline.ts';
import { ROOT, ingestText, extractText } from './helpers.ts';
import { tempDir } from './temp.ts';

describe('cache of cleaned and extracted articles', () => {
  const text = 'Hai nước nhất trí nối lại đàm phán an ninh\n27/12/2021 15:35\nBộ Ngoại giao cho biết hai bên đã nhất trí tiếp tục đối thoại về các vấn đề an ninh trong khu vực.\n';

  it('gives back what was stored, for the same bytes, path and code only', async () => {
    const dir = await tempDir('cache-');
    const cache = fileCache(dir, 'v1');
    const doc = ingestText('a.txt', text);
    const article = extractText('a.txt', text);
    assert.equal(await cache.get(doc), null);
    await cache.set(doc, article);
    const hit = await cache.get(doc);
    assert.deepEqual(JSON.parse(JSON.stringify(hit)), JSON.parse(JSON.stringify(article)));
    assert.equal(hit!.source, doc, 'the source document is the one read now, not a stored copy');
    assert.equal(await cache.get(ingestText('a.txt', `${text}Thêm một dòng.\n`)), null, 'changed bytes');
    assert.equal(await cache.get(ingestText('b.txt', text)), null, 'another path');
    assert.equal(await fileCache(dir, 'v2').get(doc), null, 'another version of the code');
  });

  it('its version changes with the code and the configuration', async () => {
    const a = await codeVersion(join(ROOT, 'src'), 'config A');
    assert.equal(a, await codeVersion(join(ROOT, 'src'), 'config A'));
    assert.notEqual(a, await codeVersion(join(ROOT, 'src'), 'config B'));
  });

  it('a rebuild cleans and extracts only the changed file, and builds the same site', async () => {
    const work = await tempDir('rebuild-');
    const seeds = join(work, 'seeds');
    await cp(join(ROOT, 'seeds'), seeds, { recursive: true });
    const cache = { dir: join(work, 'cache'), version: 'test' };
    const logs: string[] = [];
    const run = (out: string) => build({ config, seedsDir: seeds, outputDir: join(work, out), cache, log: (l) => logs.push(l) });
    await run('first');
    await run('second');
    assert.match(logs.filter((l) => l.startsWith('clean + extract')).pop()!, /^clean \+ extract: 0 articles cleaned and extracted .* 5 from the cache/);
    const page = 'bai-viet/doi-thoai-an-ninh-nga-nato-dien-ra-vao-12-1/index.html';
    assert.equal(await readFile(join(work, 'second', page), 'utf8'), await readFile(join(work, 'first', page), 'utf8'));
    await appendFile(join(seeds, '004_8e0f8740156a7686.txt'), '\nMột câu mới được thêm vào cuối bài.\n');
    await run('third');
    assert.match(logs.pop() ? logs.filter((l) => l.startsWith('clean + extract')).pop()! : '', /^clean \+ extract: 1 articles cleaned and extracted .* 4 from the cache/);
  });

  it('a rebuild after adding, changing and deleting articles gives the clean build\'s site, byte for byte, rendering only the pages and indexing only the shards that changed', async () => {
    const work = await tempDir('incremental-');
    const seeds = join(work, 'seeds');
    await cp(join(ROOT, 'seeds'), seeds, { recursive: true });
    const perYear = { ...config, searchShardArticles: 1 };
    const logs: string[] = [];
    const run = (out: string, cached: boolean) => build({
      config: perYear, seedsDir: seeds, outputDir: join(work, out), log: (l) => logs.push(l),
      ...(cached ? { cache: { dir: join(work, 'cache'), version: 'test' } } : {}),
    });
    await run('first', true);
    await appendFile(join(seeds, '004_8e0f8740156a7686.txt'), '\nMột câu mới được thêm vào cuối bài.\n');
    await writeFile(join(seeds, 'moi.md'), '---\ntitle: Hai bộ trưởng gặp nhau tại Hà Nội\ndate: 2024-05-02\n---\nHai bộ trưởng đã gặp nhau tại Hà Nội để bàn về hợp tác thương mại trong năm tới.\n');
    await rm(join(seeds, (await readdir(seeds)).filter((f) => f.endsWith('.txt'))[0]!));
    await run('incremental', true);
    const shardLine = logs.filter((l) => l.startsWith('pagefind:')).pop()!;
    const pagesLine = logs.filter((l) => l.startsWith('eleventy:')).pop()!;
    await run('clean', false);
    assert.deepEqual(await filesOf(join(work, 'incremental')), await filesOf(join(work, 'clean')));
    assert.match(shardLine, /unchanged since the last build/, shardLine);
    assert.match(pagesLine, /\(3 article pages unchanged since the last build\)/, pagesLine);
  });
});

/** Every file under a folder with a digest of its bytes, by path. */
async function filesOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(e.parentPath, e.name);
    if (e.isFile()) out[path.slice(dir.length)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return out;
}
