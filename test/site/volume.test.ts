import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { volumeSvg } from '../../src/site/views.ts';
import { monthlyVolume } from '../../src/site/volume.ts';

const months = (...list: (string | null)[]) => list.map((month) => ({ month }));

describe('site: articles per month of a list', () => {
  it('counts every month of the span, across years, the empty ones as none, the undated apart', () => {
    assert.deepEqual(monthlyVolume(months('2024-02', '2023-11', '2024-02', null, '2023-11', '2023-11')), [
      { month: '2023-11', count: 3 }, { month: '2023-12', count: 0 }, { month: '2024-01', count: 0 }, { month: '2024-02', count: 2 },
    ]);
    assert.deepEqual(monthlyVolume(months(null)), []);
  });

  it('draws a bar a month, with its figures in words for a reader who does not see it', () => {
    const svg = volumeSvg(monthlyVolume(months('2023-11', '2023-11', '2023-11', '2024-02', '2024-02'))).value;
    assert.equal((svg.match(/<rect /g) ?? []).length, 2, 'an empty month has no bar');
    assert.match(svg, /<svg [^>]*role="img" aria-labelledby="volume-title"/);
    assert.match(svg, /<title id="volume-title">Số bài theo tháng, từ tháng 11\/2023 đến tháng 2\/2024<\/title>/);
    assert.match(svg, /<rect [^>]*><title>Tháng 11\/2023: 3 bài<\/title><\/rect>/);
    assert.match(svg, /<figcaption>Số bài theo tháng, từ tháng 11\/2023 đến tháng 2\/2024: 5 bài, nhiều nhất 3 bài vào tháng 11\/2023\.<\/figcaption>/);
    assert.doesNotMatch(svg, /<script/);
  });

  it('draws nothing for a list of one month', () => {
    assert.equal(volumeSvg(monthlyVolume(months('2024-02', '2024-02'))).value, '');
  });
});
