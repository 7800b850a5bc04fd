import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LINE_RULES, type LineContext } from '../../src/clean/rules.ts';
import { compileLineRules, contextAt, firstRule, tabulate } from '../../src/clean/table.ts';
import { wordCount } from '../../src/text/patterns.ts';
import { ROOT, ingestText } from '../helpers.ts';

const anywhere = LINE_RULES.filter((r) => r.scope === 'anywhere');

const PROSE = 'Bộ Ngoại giao cho biết hai bên đã nhất trí tiếp tục đối thoại về các vấn đề an ninh trong khu vực trong thời gian tới, theo kế hoạch đã định.';

/** Pages where a line is what it is because of the lines around it, one for each rule that reads them. */
const byNeighbours = [
  // A long caption under its image, credited in brackets.
  ['![ảnh](https://example.org/a.jpg)', `Quang cảnh cuộc họp báo chiều nay tại trụ sở, nơi các bên trình bày lập trường của mình về các vấn đề còn bất đồng giữa hai nước trong nhiều năm qua (Nguồn: Reuters)`, PROSE],
  // The headline, then the same words with the site's name as an image's alternative text.
  ['Hai nước nhất trí nối lại đối thoại an ninh', PROSE, 'Hai nước nhất trí nối lại đối thoại an ninh - Ảnh 1', PROSE],
  // A caption above its credit.
  [PROSE, 'Quang cảnh cuộc họp báo chiều nay', 'Ảnh: TTXVN', PROSE],
  // Two images' alternative texts ending with the site's name.
  [PROSE, 'Quang cảnh cuộc họp | Báo Thế Giới', PROSE, 'Các đại biểu dự hội nghị | Báo Thế Giới', PROSE],
].map((lines, i) => ingestText(`neighbours-${i}.txt`, lines.join('\n')));

/** The crawl pages of the fixtures (the seeds and the outlets' pages), and the pages above. */
const pages = [...['seeds', 'test/fixtures/outlets'].flatMap((dir) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.txt'))
  .map((f) => ingestText(f, readFileSync(join(ROOT, dir, f), 'utf8')))), ...byNeighbours];

describe('clean: the line table', () => {
  it('has pages to read (the checks below have something to check)', () => {
    assert.ok(pages.length >= 10);
    assert.ok(pages.reduce((n, p) => n + p.lines.length, 0) > 250);
  });

  it('a rule not marked "neighbours" answers from the line and its word count alone', () => {
    for (const page of pages) {
      const t = tabulate(page);
      for (let i = 0; i < t.n; i++) {
        const l = t.lines[i]!;
        if (!l) continue;
        const alone: LineContext = { lines: [l], index: 0, prev: '', next: '', words: wordCount(l) };
        for (const r of LINE_RULES.filter((x) => !x.neighbours)) {
          assert.equal(r.test(l, alone), r.test(l, contextAt(t, i)), `${r.name} on "${l}" in ${page.path}`);
        }
      }
    }
  });

  it('remembered verdicts are the first rule that names each line, page after page, read twice', () => {
    const table = compileLineRules(anywhere);
    let named = 0;
    for (const page of [...pages, ...pages]) {
      const t = tabulate(page);
      for (let i = 0; i < t.n; i++) {
        if (!t.lines[i]) continue;
        const expected = firstRule(anywhere, t, i);
        assert.equal(table.first(t, i)?.name, expected?.name, `"${t.lines[i]}" in ${page.path}`);
        if (expected) named++;
      }
    }
    assert.ok(named > 50, `${named} lines named`);
  });

  it('a line named by its neighbours is not named so elsewhere: the same line, under an image and alone', () => {
    const table = compileLineRules(anywhere);
    const caption = 'Quang cảnh cuộc họp báo chiều nay (Nguồn: Reuters)';
    const prose = 'Bộ Ngoại giao cho biết hai bên đã nhất trí tiếp tục đối thoại về các vấn đề an ninh trong khu vực trong thời gian tới, theo kế hoạch đã định.';
    const underImage = tabulate(ingestText('a.txt', ['![ảnh](https://example.org/a.jpg)', caption, prose].join('\n')));
    const alone = tabulate(ingestText('b.txt', [prose, `${caption} ${prose}`, prose].join('\n')));
    assert.equal(table.first(underImage, 1)?.name, 'source-credit-caption');
    assert.equal(table.first(alone, 1), undefined, 'a long line with a credit inside is prose');
    assert.equal(table.first(underImage, 1)?.name, 'source-credit-caption', 'and the first answer is not lost');
  });
});
