import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decode } from '../../src/ingest/decode.ts';
import { ingest, ingestBytes } from '../../src/ingest/index.ts';
import { tempDir } from '../temp.ts';

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
    const dir = await tempDir('ingest-');
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

  // Encoders written from the published code charts, to make the bytes an old editor saved.
  const TCVN3_LETTERS = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ';
  const TCVN3_BYTES = [
    0xb5, 0xb8, 0xb6, 0xb7, 0xb9, 0xa8, 0xbb, 0xbe, 0xbc, 0xbd, 0xc6, 0xa9, 0xc7, 0xca, 0xc8, 0xc9, 0xcb, 0xae,
    0xcc, 0xd0, 0xce, 0xcf, 0xd1, 0xaa, 0xd2, 0xd5, 0xd3, 0xd4, 0xd6, 0xd7, 0xdd, 0xd8, 0xdc, 0xde,
    0xdf, 0xe3, 0xe1, 0xe2, 0xe4, 0xab, 0xe5, 0xe8, 0xe6, 0xe7, 0xe9, 0xac, 0xea, 0xed, 0xeb, 0xec, 0xee,
    0xef, 0xf3, 0xf1, 0xf2, 0xf4, 0xad, 0xf5, 0xf8, 0xf6, 0xf7, 0xf9, 0xfa, 0xfd, 0xfb, 0xfc, 0xfe,
    0xa1, 0xa2, 0xa7, 0xa3, 0xa4, 0xa5, 0xa6,
  ];
  function tcvn3(text: string): Uint8Array {
    // Capitals with tones have no byte: a capitals font showed the small letter's byte in capitals.
    return new Uint8Array([...text].map((ch) => {
      const at = TCVN3_LETTERS.indexOf(ch) >= 0 ? TCVN3_LETTERS.indexOf(ch) : TCVN3_LETTERS.indexOf(ch.toLowerCase());
      return at >= 0 ? TCVN3_BYTES[at]! : ch.charCodeAt(0);
    }));
  }
  function vni(text: string): Uint8Array {
    const single: Record<string, number> = { 'ơ': 0xf4, 'ư': 0xf6, 'đ': 0xf1, 'ì': 0xec, 'í': 0xed, 'ỉ': 0xe6, 'ĩ': 0xf3, 'ị': 0xf2, 'ỵ': 0xee };
    const tone: Record<string, number> = { '\u0300': 0xf8, '\u0301': 0xf9, '\u0309': 0xfb, '\u0303': 0xf5, '\u0323': 0xef };
    const hat: Record<string, number> = { '': 0xe2, '\u0300': 0xe0, '\u0301': 0xe1, '\u0309': 0xe5, '\u0303': 0xe3, '\u0323': 0xe4 };
    const breve: Record<string, number> = { '': 0xea, '\u0300': 0xe8, '\u0301': 0xe9, '\u0309': 0xfa, '\u0303': 0xfc, '\u0323': 0xeb };
    const out: number[] = [];
    for (const ch of text) {
      const lower = ch.toLowerCase();
      const up = (b: number) => (ch !== lower ? b - 0x20 : b);
      if (single[lower] !== undefined) { out.push(up(single[lower]!)); continue; }
      const [base = '', ...marks] = [...lower.normalize('NFD')];
      const t = marks.find((m) => tone[m] !== undefined) ?? '';
      out.push(ch !== lower ? base.toUpperCase().charCodeAt(0) : base.charCodeAt(0));
      if (marks.includes('\u031b')) { out.pop(); out.push(up(base === 'o' ? 0xf4 : 0xf6)); if (t) out.push(up(tone[t]!)); }
      else if (marks.includes('\u0302')) out.push(up(hat[t]!));
      else if (marks.includes('\u0306')) out.push(up(breve[t]!));
      else if (t) out.push(up(tone[t]!));
    }
    return new Uint8Array(out);
  }
  const OLD = 'NGOẠI TRƯỞNG hai nước đã hội đàm tại Hà Nội\nHai bên nhất trí thúc đẩy hợp tác kinh tế, thương mại và đầu tư. '
    + 'Người dân ở Đà Nẵng được hưởng lợi; ông Bảy nói: "Điều đó rất quan trọng." Ưu tiên quyết định, khuyến khích, kỹ sư, lý lẽ, mùa thu.';

  it('reads TCVN3 (ABC) and VNI files as the Vietnamese they are, and names the encoding in a note', () => {
    for (const [encoding, bytes] of [['TCVN3', tcvn3(OLD)], ['VNI', vni(OLD)]] as const) {
      const d = decode(bytes);
      assert.ok(d.ok, encoding);
      assert.equal(d.encoding, encoding);
      assert.equal(d.text, OLD, encoding);
      const doc = ingestBytes(`cu-${encoding}.txt`, bytes);
      assert.ok(!('reason' in doc) && doc.diagnostics.some((m) => m.rule === 'encoding' && m.reason.includes(encoding)), encoding);
    }
  });

  it('publishes bytes that read as no Vietnamese encoding as UTF-8, with a warning at each line', () => {
    const bytes = new Uint8Array([...utf8('Report '), 0xe9, 0xe8, 0xfa, ...utf8(' data '), 0xc0, 0xd1, 0xf7, ...utf8(' end '), 0xa9, 0xbe]);
    const d = decode(bytes);
    assert.ok(d.ok && d.encoding === 'UTF-8' && d.invalidLines.length === 1, d.ok ? d.encoding : d.reason);
    const doc = ingestBytes('la.txt', bytes);
    assert.ok(!('reason' in doc) && doc.diagnostics.some((m) => m.rule === 'invalid-utf8' && m.severity === 'warning'));
  });

  it('keeps UTF-8 with a stray byte as UTF-8, with a warning at that line', () => {
    const bytes = new Uint8Array([...utf8(ARTICLE.split('\n')[0]!), 0x0a, 0xff, ...utf8(ARTICLE.split('\n')[1]!)]);
    const d = decode(bytes);
    assert.ok(d.ok && d.encoding === 'UTF-8' && d.invalidLines.length === 1);
  });
});
