import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import config from '../../site.config.ts';
import { render } from '../../src/render/index.ts';
import { ARTICLE_COLUMNS, csvCell, dataFiles, dataPageHtml, QUOTE_COLUMNS } from '../../src/site/data.ts';
import { buildModel } from '../../src/site/model.ts';
import { extractText } from '../helpers.ts';

const site = { title: 'Kho', description: 'Kho tin', baseUrl: 'https://kho.example', pathPrefix: '/' };

/** The site's model of a few articles as a crawler saved them. */
function model(texts: string[]) {
  return buildModel(texts.map((t, i) => render(extractText(`thu-muc/bai-${i}.txt`, t), `bai-${i}`)), config);
}

const ARTICLES = [
  [
    'Bộ trưởng Ngoại giao gặp người đồng cấp Nhật Bản tại Hà Nội',
    '',
    'Thứ Ba, 12/03/2024 09:15',
    '',
    'Hà Nội (TTXVN) - Chiều 12/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Nhật Bản Kamikawa Yoko tại trụ sở Bộ Ngoại giao.',
    '',
    'Phát biểu tại buổi hội đàm, Bộ trưởng Bùi Thanh Sơn nhấn mạnh: "Việt Nam coi trọng quan hệ Đối tác chiến lược toàn diện với Nhật Bản, vì hòa bình và thịnh vượng ở châu Á."',
    '',
    'Hai bên nhất trí tăng cường trao đổi đoàn, hợp tác kinh tế, lao động và giao lưu nhân dân trong thời gian tới.',
    '',
    'Theo TTXVN',
  ].join('\n'),
  [
    '=Giá xăng giảm, "lần thứ ba", trong tháng',
    '',
    'Thứ Sáu, 05/04/2024 15:00',
    '',
    'Liên Bộ Công Thương - Tài chính chiều nay điều chỉnh giá xăng dầu theo kỳ, giá xăng giảm lần thứ ba liên tiếp trong tháng.',
    '',
    'Theo liên bộ, giá thế giới giảm trong kỳ vừa qua nên giá bán lẻ trong nước cũng giảm theo, còn giá dầu diesel tăng nhẹ.',
  ].join('\n'),
];

/** A CSV text read back as rows (RFC 4180), for checking the writer against an independent reader. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  return rows;
}

const fileText = (files: ReturnType<typeof dataFiles>, name: string) => [...files.find((f) => f.path.endsWith(`${name}.gz`))!.lines()].join('');

describe('site: the archive as data', () => {
  it('writes a CSV cell as RFC 4180 does, and keeps a spreadsheet from running it as a formula', () => {
    assert.equal(csvCell('Hà Nội'), 'Hà Nội');
    assert.equal(csvCell('a, "b"'), '"a, ""b"""');
    assert.equal(csvCell('dòng một\ndòng hai'), '"dòng một\ndòng hai"');
    assert.equal(csvCell(['TTXVN', 'Reuters']), 'TTXVN; Reuters');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(405), '405');
    assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvCell('-5%'), "'-5%");
  });

  it('gives one row per article in both files, with the same values', () => {
    const m = model(ARTICLES);
    const files = dataFiles(site, m);
    const json = fileText(files, 'bai-viet.jsonl').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(json.length, 2);
    assert.deepEqual(Object.keys(json[0]!), ARTICLE_COLUMNS.map((c) => c.name));
    const petrol = json.find((r) => String(r.title).includes('Giá xăng'))!;
    assert.equal(petrol.file, 'thu-muc/bai-1.txt');
    assert.equal(petrol.date, '2024-04-05T15:00');
    assert.equal(petrol.date_precision, 'minute');
    assert.equal(petrol.url, `https://kho.example${m.articles.find((a) => a.title === petrol.title)!.url}`);
    const talks = json.find((r) => String(r.title).startsWith('Bộ trưởng'))!;
    assert.ok((talks.people as string[]).includes('Bùi Thanh Sơn'), JSON.stringify(talks));
    assert.ok((talks.agencies as string[]).includes('TTXVN'), JSON.stringify(talks));

    const csv = parseCsv(fileText(files, 'bai-viet.csv').replace(/^\uFEFF/, ''));
    assert.deepEqual(csv[0], ARTICLE_COLUMNS.map((c) => c.name));
    assert.equal(csv.length, 3);
    for (const [i, r] of json.entries()) {
      const cells = csv[i + 1]!;
      assert.equal(cells[1], r.url);
      assert.equal(cells[2], String(r.title).startsWith('=') ? `'${r.title}` : r.title);
      assert.equal(cells[ARTICLE_COLUMNS.findIndex((c) => c.name === 'people')], (r.people as string[]).join('; '));
    }
  });

  it('gives one row per quote, with its speaker, date and article', () => {
    const m = model(ARTICLES);
    const files = dataFiles(site, m);
    const quotes = fileText(files, 'phat-ngon.jsonl').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const said = quotes.find((q) => q.speaker === 'Bùi Thanh Sơn' && String(q.quote).includes('Đối tác chiến lược'));
    assert.ok(said, JSON.stringify(quotes));
    assert.equal(said.direct, true);
    assert.equal(said.date, '2024-03-12T09:15');
    assert.match(String(said.article_url), /^https:\/\/kho\.example\/bai-viet\//);
    const csv = parseCsv(fileText(files, 'phat-ngon.csv').replace(/^\uFEFF/, ''));
    assert.deepEqual(csv[0], QUOTE_COLUMNS.map((c) => c.name));
    assert.equal(csv.length, quotes.length + 1);
  });

  it('describes every column and links every file from its page, escaped', () => {
    const m = model(ARTICLES);
    const page = dataPageHtml(site, m);
    for (const c of [...ARTICLE_COLUMNS, ...QUOTE_COLUMNS]) assert.ok(page.includes(`<code>${c.name}</code>`), c.name);
    for (const f of dataFiles(site, m)) assert.ok(page.includes(`href="${f.path}"`), f.path);
    assert.match(page, /2 bài và \d+ phát ngôn/);
  });
});
