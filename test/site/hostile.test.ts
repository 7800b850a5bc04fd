import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import config from '../../site.config.ts';
import { build, type BuildOutcome } from '../../src/pipeline.ts';
import { ROOT } from '../helpers.ts';
import { invalidFeeds } from './atom.ts';
import { listFiles } from './crawl.ts';
import { makeHostileCorpus } from './hostile-corpus.ts';
import { tempDir } from '../temp.ts';

/** Every file accounted for, nothing executed, nothing lost, nothing written outside the output. */
describe('site: hostile and broken input', () => {
  let seeds: string;
  let out: string;
  let outcome: BuildOutcome;
  const fate = (file: string) => {
    const r = outcome.report;
    if (r.rejected.some((x) => x.file === file)) return 'rejected';
    if (r.merged.some((x) => x.file === file)) return 'merged';
    if (outcome.articles.some((a) => a.source.path === file)) return 'published';
    return 'lost';
  };

  before(async () => {
    seeds = await makeHostileCorpus();
    out = join(dirname(seeds), '_site');
    outcome = await build({ config, seedsDir: seeds, outputDir: out });
  });

  it('every input file is published, merged or rejected, and the counts add up', () => {
    const c = outcome.report.counts;
    assert.equal(c.read, c.published + c.merged + c.rejected);
    const expected: Record<string, string> = {
      'empty.txt': 'rejected', 'whitespace.txt': 'rejected', 'image.txt': 'rejected', 'huge-single-line.txt': 'rejected',
      'thu-muc/vong-lap': 'rejected', 'unreadable.txt': 'rejected',
      'control-characters.md': 'published', 'utf16.txt': 'published', 'utf8-bom.txt': 'published', 'invalid-utf8.txt': 'published', 'windows-line-ends.txt': 'published',
      'old-mac-line-ends.txt': 'published', 'nfd-decomposed.txt': 'published', 'broken-yaml.md': 'published',
      'prototype-keys.md': 'published', 'slug-traversal.md': 'published', 'same-headline-a.txt': 'published',
      'same-headline-b.txt': 'published', 'same-article-1.txt': 'published', 'same-article-2-copy.txt': 'merged',
      'Bài viết có dấu và khoảng trắng.txt': 'published', 'hostile-markdown.md': 'published', 'hostile-crawl.txt': 'published',
    };
    for (const [file, want] of Object.entries(expected)) assert.equal(fate(file), want, file);
    assert.equal(c.read, Object.keys(expected).length);
  });

  it('says why, in plain words, with the line where it applies', () => {
    const r = outcome.report;
    const reason = (f: string) => r.rejected.find((x) => x.file === f)?.reason ?? '';
    assert.equal(reason('empty.txt'), 'file is empty');
    assert.match(reason('image.txt'), /binary file \(PNG image\)/);
    assert.match(reason('huge-single-line.txt'), /5\.0 MB, over the 2\.0 MB limit/);
    assert.match(reason('thu-muc/vong-lap'), /symbolic link loop/);
    assert.match(reason('unreadable.txt'), /broken symbolic link/);
    const yaml = r.warnings.find((w) => w.file === 'broken-yaml.md');
    // The parser names the line where it noticed the error: the unclosed list on line 3, or the next line.
    assert.ok(yaml && [3, 4].includes(yaml.line!) && yaml.reason.includes(`invalid YAML at line ${yaml.line}:`), JSON.stringify(yaml));
    const utf8 = r.warnings.find((w) => w.file === 'invalid-utf8.txt');
    assert.ok(utf8 && utf8.line === 3);
    assert.deepEqual(r.merged, [{ file: 'same-article-2-copy.txt', keptAs: 'same-article-1.txt' }]);
  });

  it('decodes every encoding to the same text', () => {
    const text = (f: string) => outcome.articles.find((a) => a.source.path === f)!;
    assert.equal(text('utf16.txt').title, 'Quốc hội khai mạc kỳ họp bất thường');
    assert.equal(text('utf8-bom.txt').title, 'Ngân hàng Nhà nước điều chỉnh lãi suất điều hành');
    assert.equal(text('windows-line-ends.txt').date, '2021-12-27T15:35');
    assert.equal(text('old-mac-line-ends.txt').title, 'Thủ tướng thăm chính thức Nhật Bản');
    const nfd = text('nfd-decomposed.txt');
    assert.equal(nfd.title, 'Đường sắt tốc độ cao được Quốc hội thông qua');
    assert.equal(nfd.excerpt, nfd.excerpt.normalize('NFC'));
  });

  it('gives colliding headlines distinct pages and never writes outside the output folder', async () => {
    const slugs = outcome.articles.map((a) => a.slug);
    assert.ok(slugs.includes('gia-xang-giam-manh-tu-chieu-nay') && slugs.includes('gia-xang-giam-manh-tu-chieu-nay-2'));
    assert.ok(slugs.includes('tmp-thoat-ra-ngoai'));
    assert.deepEqual((await readdir(dirname(seeds))).sort(), ['_site', 'seeds']);
    assert.deepEqual(await readdir('/tmp').then((x) => x.filter((f) => f === 'thoat-ra-ngoai')), []);
  });

  it('no raw HTML, script or unsafe link from an input reaches a page', async () => {
    for (const file of (await listFiles(out)).filter((f) => f.endsWith('.html'))) {
      const html = await readFile(join(out, file), 'utf8');
      assert.ok(!/<script(?![^>]*(?:src="\/assets\/search\.js"|type="application\/ld\+json"))/.test(html), `${file}: script element`);
      // Inside a real tag (text shows "<" as &#x3C; or &lt;, so input can never open one).
      // Quoted attribute values are inert text: look only at attribute names.
      assert.ok(!/<[a-z][^<>]*\son[a-z]+\s*=/i.test(html.replace(/="[^"]*"/g, '=""')), `${file}: event handler attribute`);
      assert.ok(!/href="\s*(?:javascript|data):/i.test(html), `${file}: unsafe link`);
      assert.ok(!/<iframe|<img /i.test(html), `${file}: embedded element`);
      assert.match(html.replace(/&#39;/g, "'"), /Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src/);
    }
    const md = await readFile(join(out, 'bai-viet/bai-markdown-co-ma-doc/index.html'), 'utf8');
    assert.ok(md.includes('Đoạn kết thúc bài viết') && md.includes('liên kết độc') && md.includes('href="https://example.org/"'));
  });

  it('every Atom feed stays valid, whatever characters or markup its articles hold', async () => {
    const feeds = (await listFiles(out)).filter((f) => f.endsWith('feed.xml'));
    assert.ok(feeds.length >= 2, feeds.join(', '));
    assert.deepEqual(invalidFeeds(feeds.map((f) => join(out, f))), []);
    const outlet = await readFile(join(out, 'nguon/bao-b-thoi-b-va-su/feed.xml'), 'utf8');
    assert.match(outlet, /<title>Tin nóng &lt;\/title&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; đêm<\/title>/);
  });

  it('the source file link works for a name with spaces and Vietnamese letters', async () => {
    const page = await readFile(join(out, 'bai-viet/hoi-nghi-thuong-dinh-khep-lai-voi-tuyen-bo-chung/index.html'), 'utf8');
    const href = /Tệp gốc: <a href="([^"]+)"/.exec(page)![1]!;
    // The copy is the source with a byte-order mark, so a host without a charset shows it right.
    assert.equal(await readFile(join(out, decodeURIComponent(href)), 'utf8'), `\uFEFF${await readFile(join(seeds, 'Bài viết có dấu và khoảng trắng.txt'), 'utf8')}`);
  });

  it('npm run build -- --strict fails when a file was rejected or warned about, and prints the summary', () => {
    const outDir = join(dirname(seeds), 'strict-out');
    let status = 0, stdout = '';
    try {
      stdout = execFileSync('npm', ['run', 'build', '--', '--strict', '--seeds', seeds, '--out', outDir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      status = (e as { status: number }).status;
      stdout = String((e as { stdout: string }).stdout);
    }
    assert.equal(status, 1);
    assert.match(stdout, /summary: 23 files read, 16 published, 1 merged as duplicates, 6 rejected, \d+ warnings/);
  });

  it('the same hostile input gives the same site twice', async () => {
    const again = join(await tempDir('hostile-again-'), '_site');
    await build({ config, seedsDir: seeds, outputDir: again });
    const a = await listFiles(out), b = await listFiles(again);
    assert.deepEqual(a, b);
    for (const f of a) assert.ok((await readFile(join(out, f))).equals(await readFile(join(again, f))), f);
  });
});
