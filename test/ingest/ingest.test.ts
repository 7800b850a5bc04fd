import assert from 'node:assert/strict';
import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decode } from '../../src/ingest/decode.ts';
import { ingest, ingestBytes } from '../../src/ingest/index.ts';

const TEXT = 'Đàm phán an ninh\nHai bên đã nhất trí.';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('ingest: decoding', () => {
  it('UTF-8 with a BOM', () => {
    const d = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]));
    assert.ok(d.ok && d.text === TEXT);
  });
  it('UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    const dl = decode(le), db = decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    assert.ok(dl.ok && dl.text === TEXT);
    assert.ok(db.ok && db.text === TEXT);
  });
  it('Windows and old Mac line ends become \\n', () => {
    const d1 = decode(utf8('a\r\nb\r\nc')), d2 = decode(utf8('a\rb\rc'));
    assert.ok(d1.ok && d1.text === 'a\nb\nc' && d2.ok && d2.text === 'a\nb\nc');
  });
  it('decomposed diacritics become NFC', () => {
    const d = decode(utf8(TEXT.normalize('NFD')));
    assert.ok(d.ok && d.text === TEXT.normalize('NFC'));
  });
  it('invalid UTF-8 bytes are reported with their line, the rest is kept', () => {
    const d = decode(new Uint8Array([...utf8('dòng một\n'), 0xff, 0xfe, 0x41, ...utf8('\ndòng ba')]));
    assert.ok(d.ok && d.invalidLines[0] === 2 && d.text.includes('dòng ba'));
  });
  it('an image saved as .txt is refused', () => {
    const d = decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    assert.ok(!d.ok && /PNG/.test(d.reason));
  });
});

describe('ingest: files', () => {
  it('refuses empty and whitespace-only files with a reason', () => {
    assert.deepEqual(ingestBytes('a.txt', new Uint8Array()), { file: 'a.txt', rule: 'empty', reason: 'file is empty', severity: 'error' });
    assert.equal((ingestBytes('b.txt', utf8('  \n\t\n')) as { reason: string }).reason, 'file holds only whitespace');
  });
  it('strips the crawler\'s pseudo front matter and keeps it as the crawl date', () => {
    const doc = ingestBytes('a.txt', utf8(' date 2022-01 Cùng ngày, hai bên gặp nhau.'));
    assert.ok(!('reason' in doc));
    assert.equal(doc.crawlDate, '2022-01');
    assert.equal(doc.lines[0], 'Cùng ngày, hai bên gặp nhau.');
  });
  it('reads front matter, ignoring keys it does not know and never touching prototypes', () => {
    const doc = ingestBytes('a.md', utf8('---\ntitle: Tiêu đề\n__proto__:\n  polluted: true\nconstructor: x\n---\nNội dung bài viết.'));
    assert.ok(!('reason' in doc));
    assert.equal(doc.meta.title, 'Tiêu đề');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(doc.firstLine, 7);
    assert.ok(doc.diagnostics.some((d) => d.rule === 'front-matter-key'));
  });
  it('reports broken YAML with its line and still publishes the text', () => {
    const doc = ingestBytes('a.md', utf8('---\ntitle: ok\ndate: [2022\n---\nNội dung bài viết.'));
    assert.ok(!('reason' in doc));
    const d = doc.diagnostics.find((x) => x.rule === 'front-matter-yaml');
    assert.ok(d && d.line !== undefined && /invalid YAML at line \d+/.test(d.reason), JSON.stringify(doc.diagnostics));
    assert.deepEqual(doc.lines, ['Nội dung bài viết.']);
  });
  it('an unclosed front matter fence does not swallow the article', () => {
    const doc = ingestBytes('a.md', utf8('---\ntitle: x\nNội dung bài viết dài.'));
    assert.ok(!('reason' in doc) && doc.lines.includes('Nội dung bài viết dài.'));
  });
  it('walks folders in order, reporting symlink loops and non-article files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ingest-'));
    await mkdir(join(dir, 'b'));
    await writeFile(join(dir, 'b', 'z.txt'), 'Bài z.');
    await writeFile(join(dir, 'a.txt'), 'Bài a.');
    await writeFile(join(dir, 'ảnh bìa.png'), 'x');
    await symlink(dir, join(dir, 'b', 'loop'));
    await symlink(join(dir, 'missing.txt'), join(dir, 'dangling.txt'));
    const r = await ingest(dir);
    assert.deepEqual(r.documents.map((d) => d.path), ['a.txt', 'b/z.txt']);
    assert.ok(r.rejected.some((x) => x.file === 'b/loop' && /loop/.test(x.reason)));
    assert.ok(r.rejected.some((x) => x.file === 'dangling.txt' && /broken symbolic link/.test(x.reason)));
    assert.ok(r.rejected.some((x) => x.file === 'ảnh bìa.png'));
  });
});

describe('ingest: the copy of a source readers open', () => {
  it('gives UTF-8 a byte-order mark, keeps a file that has one, and writes anything else as UTF-8', async () => {
    const { readableCopy } = await import('../../src/ingest/index.ts');
    assert.deepEqual([...readableCopy(utf8(TEXT))], [0xef, 0xbb, 0xbf, ...utf8(TEXT)]);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]);
    assert.equal(readableCopy(withBom), withBom);
    const le = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]));
    assert.equal(readableCopy(le), le);
    const broken = new Uint8Array([...utf8('Hai bên '), 0xff, ...utf8(' đã ký.')]);
    const copy = readableCopy(broken);
    assert.deepEqual([...copy.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(new TextDecoder('utf-8', { fatal: true }).decode(copy.subarray(3)), 'Hai bên \ufffd đã ký.');
  });
});

describe('ingest: older Vietnamese encodings', () => {
  const ARTICLE = 'Ngoại trưởng hai nước đã hội đàm tại Hà Nội\nHai bên nhất trí thúc đẩy hợp tác kinh tế, thương mại và đầu tư trong những năm tới.';

  it('reads a file saved in Windows-1258 as the Vietnamese it is, and says so in a note', async () => {
    const iconv = (await import('iconv-lite')).default;
    // Windows-1258 has the letters with a hat or horn ("â", "ư") but writes the five tones as
    // separate marks: each letter is given to the encoder as its base and then its tone.
    const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
    const form1258 = [...ARTICLE].map((ch) => {
      const parts = ch.normalize('NFD');
      return parts.replace(TONE, '').normalize('NFC') + (TONE.exec(parts)?.[0] ?? '');
    }).join('');
    const bytes = new Uint8Array(iconv.encode(form1258, 'windows1258'));
    const d = decode(bytes);
    assert.ok(d.ok && d.encoding === 'Windows-1258' && d.text === ARTICLE, d.ok ? d.text : d.reason);
    const doc = ingestBytes('cu.txt', bytes);
    assert.ok(!('reason' in doc) && doc.lines[0] === 'Ngoại trưởng hai nước đã hội đàm tại Hà Nội');
    assert.ok(!('reason' in doc) && doc.diagnostics.some((m) => m.rule === 'encoding' && m.severity === 'info'));
  });

  it('keeps UTF-8 with a stray byte as UTF-8, with a warning at that line', () => {
    const bytes = new Uint8Array([...utf8(ARTICLE.split('\n')[0]!), 0x0a, 0xff, ...utf8(ARTICLE.split('\n')[1]!)]);
    const d = decode(bytes);
    assert.ok(d.ok && d.encoding === 'UTF-8' && d.invalidLines.length === 1);
  });
});
