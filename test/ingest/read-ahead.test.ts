import assert from 'node:assert/strict';
import { chmod, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestRead, listArticleFiles, readArticleFile } from '../../src/ingest/index.ts';
import { readAhead, type FileRead } from '../../src/ingest/read-ahead.ts';
import { FIXTURES } from '../helpers.ts';
import { tempDir } from '../temp.ts';

async function collect(dir: string, batches: string[][], maxFileBytes = Infinity, ahead?: number): Promise<FileRead[][]> {
  const out: FileRead[][] = [];
  for await (const read of readAhead(dir, batches, { maxFileBytes, ahead })) out.push(read);
  return out;
}

describe('ingest: reading ahead on another thread', () => {
  it('gives every batch in the order asked, each file with its exact bytes', async () => {
    const dir = join(FIXTURES, 'hostile');
    const { files } = await listArticleFiles(dir);
    const batches = [files.slice(0, 5), files.slice(5, 6), files.slice(6)];
    const got = await collect(dir, batches, Infinity, 1);
    assert.deepEqual(got.map((b) => b.map((r) => r.file)), batches);
    for (const r of got.flat()) {
      assert.deepEqual(Buffer.from(r.bytes!), await readFile(join(dir, ...r.file.split('/'))), r.file);
    }
  });

  it('makes the same documents and rejections as reading each file in this thread', async () => {
    const dir = join(FIXTURES, 'hostile');
    const { files } = await listArticleFiles(dir);
    const [read] = await collect(dir, [files], 200);
    for (const r of read!) {
      assert.deepEqual(ingestRead(r, { maxFileBytes: 200 }), await readArticleFile(dir, r.file, { maxFileBytes: 200 }), r.file);
    }
    assert.ok(read!.some((r) => r.bytes === undefined && r.size! > 200), 'a file over the limit is not read');
  });

  it('measures a linked file by its target, as reading in this thread does', async () => {
    const dir = await tempDir('read-ahead-link-');
    await writeFile(join(dir, 'big.bin'), 'x'.repeat(500));
    await symlink(join(dir, 'big.bin'), join(dir, 'link.txt'));
    const [[read]] = (await collect(dir, [['link.txt']], 200)) as [[FileRead]];
    assert.deepEqual([read.size, read.bytes], [500, undefined]);
    assert.deepEqual(ingestRead(read, { maxFileBytes: 200 }), await readArticleFile(dir, 'link.txt', { maxFileBytes: 200 }));
  });

  it('reports a file that vanished or cannot be opened, and goes on with the rest', async () => {
    const dir = await tempDir('read-ahead-');
    await writeFile(join(dir, 'a.txt'), 'Bài một.');
    await writeFile(join(dir, 'locked.txt'), 'Bài khóa.');
    await chmod(join(dir, 'locked.txt'), 0o000);
    await mkdir(join(dir, 'folder.txt'));
    const [read] = await collect(dir, [['gone.txt', 'folder.txt', 'locked.txt', 'a.txt']]);
    const byFile = new Map(read!.map((r) => [r.file, r]));
    assert.equal(byFile.get('gone.txt')!.code, 'ENOENT');
    assert.equal(byFile.get('folder.txt')!.code, 'EISDIR');
    // Root reads any file; anyone else is refused.
    if (process.getuid?.() !== 0) assert.equal(byFile.get('locked.txt')!.code, 'EACCES');
    assert.equal(Buffer.from(byFile.get('a.txt')!.bytes!).toString(), 'Bài một.');
    assert.match((ingestRead(byFile.get('gone.txt')!) as { reason: string }).reason, /cannot read file \(ENOENT\)/);
  });

  it('stops its thread when the reader stops early, and yields nothing for no batches', async () => {
    const dir = join(FIXTURES, 'hostile');
    const { files } = await listArticleFiles(dir);
    const batches = files.map((f) => [f]);
    let taken = 0;
    for await (const _ of readAhead(dir, batches, { maxFileBytes: Infinity, ahead: 2 })) if (++taken === 2) break;
    assert.equal(taken, 2);
    assert.deepEqual(await collect(dir, []), []);
  });
});
