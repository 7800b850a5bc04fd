import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDate, inferDate, parseStatedDate } from '../../src/extract/date.ts';

describe('extract: stated dates', () => {
  const cases: [string, string | null][] = [
    ['27/12/2021', '2021-12-27'],
    ['27-12-2021', '2021-12-27'],
    ['27/12/2021 15:35', '2021-12-27T15:35'],
    ['15:35 27/12/2021', '2021-12-27T15:35'],
    ['27/12/2021, 15:35', '2021-12-27T15:35'],
    ['Thứ Hai, 27/12/2021 - 15:35 (GMT+7)', '2021-12-27T15:35'],
    ['19/01/2025 | 09:24', '2025-01-19T09:24'],
    ['Thứ Ba, 08:15, 21/02/2023', '2023-02-21T08:15'],
    ['2021-12-27T23:50', '2021-12-27T23:50'],
    ['Ngày đăng:2021-09-06 10:23:59', '2021-09-06T10:23:59'],
    ['Thứ Năm, 28/09/2023 15:00:00 (GMT+7)', '2023-09-28T15:00:00'],
    ["06:24' 20/06/2017 (GMT+7)", '2017-06-20T06:24'],
    ['Thứ hai, 20 Tháng 3, 2023 | 14:30', '2023-03-20T14:30'],
    ['Thứ Hai, ngày 20 tháng 3 năm 2023', '2023-03-20'],
    ['31/02/2022', null],
    ['2022-01', '2022-01'],
  ];
  for (const [text, iso] of cases) it(`"${text}" -> ${iso}`, () => assert.equal(parseStatedDate(text)?.date ?? null, iso));

  it('a late-evening time stays on its day whatever the machine\'s zone', () => {
    assert.equal(parseStatedDate('31/12/2021 23:59')?.date, '2021-12-31T23:59');
  });
});

describe('extract: order of trust', () => {
  it('front matter beats the dateline, which beats the crawl date', () => {
    assert.equal(findDate({ frontMatter: '2022-02-01', datelines: ['27/12/2021 15:35'], crawlDate: '2022-01', text: [] })?.date, '2022-02-01');
    assert.equal(findDate({ datelines: ['27/12/2021 15:35'], crawlDate: '2022-01', text: [] })?.date, '2021-12-27T15:35');
    const crawl = findDate({ datelines: [], crawlDate: '2022-01', text: ['Ngày 18/1, hai bên gặp nhau.'] });
    assert.deepEqual([crawl?.date, crawl?.precision, crawl?.inferred], ['2022-01', 'month', false]);
  });
});

describe('extract: inferred dates', () => {
  it('reasons the year from a full date in the text and takes the latest reported event', () => {
    const d = inferDate(['Hãng tin AFP hôm 27/12 dẫn tuyên bố cho biết hai bên sẽ hội đàm vào ngày 10/1/2022.', 'Hãng tin Tass ngày 28/12 đưa tin như vậy.']);
    assert.equal(d?.date, '2021-12-28');
    assert.equal(d?.inferred, true);
    assert.match(d?.evidence ?? '', /28\/12/);
  });
  it('gives no date when nothing supports a year', () => {
    assert.equal(inferDate(['Cuộc gặp hôm 2-12 ở Stockholm kết thúc mà không có họp báo chung.']), null);
  });
  it('does not take a planned event for a reported one', () => {
    const d = inferDate(['Tháng 12/2021, hai bên cho biết sẽ gặp nhau vào ngày 20/1.', 'Hôm 5/1, các nhà ngoại giao đã chuẩn bị chương trình nghị sự.']);
    assert.equal(d?.date, '2022-01-05');
  });
});
