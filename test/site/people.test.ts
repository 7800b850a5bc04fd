import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import config from '../../site.config.ts';
import { render } from '../../src/render/index.ts';
import { buildModel } from '../../src/site/model.ts';
import { nameKey } from '../../src/text/names.ts';
import { extractText } from '../helpers.ts';

/** An article of one headline and the given paragraphs, built into the site's model with the others. */
function site(articles: string[][]) {
  const rendered = articles.map((paragraphs, i) => {
    const text = [`Tin số ${i + 1} về hoạt động đối ngoại trong tuần`, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
    return render(extractText(`a${i}.txt`, text), `a${i}`);
  });
  return buildModel(rendered, config);
}
const names = (model: ReturnType<typeof site>) => model.people.map((p) => p.name).sort();

describe('site: one person, one page', () => {
  it('keeps two people who share a surname and a last syllable on two pages', () => {
    const model = site([
      ['Nguyên Thủ tướng Nguyễn Tấn Dũng không được nhắc tới. Chủ tịch nước Nguyễn Xuân Phúc tiếp đoàn đại biểu cựu chiến binh tại Phủ Chủ tịch chiều 12/3.'],
      ['Thứ trưởng Bộ Ngoại giao Nguyễn Hạnh Phúc chủ trì buổi họp báo thường kỳ của Bộ vào chiều thứ năm.'],
    ]);
    assert.deepEqual(names(model), ['Nguyễn Hạnh Phúc', 'Nguyễn Xuân Phúc']);
    assert.equal(new Set(model.people.map((p) => p.url)).size, 2);
  });

  it('gathers transliterations of one foreign name on one page', () => {
    const model = site([
      ['Tổng thống Ukraine Volodymyr Zelenskiy phát biểu tại Kiev hôm thứ hai về tình hình chiến sự ở miền Đông.'],
      ['Tổng thống Ukraine Volodymyr Zelenskyy đã điện đàm với các nhà lãnh đạo châu Âu trong ngày thứ ba.'],
    ]);
    assert.equal(model.people.length, 1);
    assert.equal(model.people[0]!.articleCount, 2);
  });

  it('joins a one-word name to the one full name that ends with it, and to none when two do', () => {
    const one = site([
      ['Tổng thống Nga Vladimir Putin chủ trì cuộc họp Hội đồng An ninh tại điện Kremlin hôm thứ sáu.'],
      ['Tổng thống Putin cho biết Moskva sẵn sàng đối thoại với các bên liên quan trong thời gian tới.'],
    ]);
    assert.deepEqual(names(one), ['Vladimir Putin']);
    const two = site([
      ['Thủ tướng Anh Boris Johnson phát biểu trước Hạ viện về kế hoạch hỗ trợ năng lượng cho người dân.'],
      ['Chủ tịch Hạ viện Mỹ Mike Johnson cho biết dự luật sẽ được đưa ra bỏ phiếu trong tuần tới.'],
      ['Thủ tướng Johnson cho biết nước Anh theo dõi sát diễn biến tình hình khu vực trong thời gian qua.'],
    ]);
    assert.deepEqual(names(two), ['Boris Johnson', 'Johnson', 'Mike Johnson']);
    assert.equal(nameKey('Nguyễn Xuân Phúc') === nameKey('Nguyễn Hạnh Phúc'), false);
  });
});

describe('site: articles without a date', () => {
  it('have a list of their own, linked from the months index with their count', () => {
    const text = (date: string | null) => [`Tin về hội nghị ${date ?? 'không ngày'} của các bộ trưởng ngoại giao`, '', ...(date ? [date, ''] : []), 'Hội nghị các bộ trưởng ngoại giao khu vực đã kết thúc với tuyên bố chung về hợp tác kinh tế và an ninh biển trong năm tới.'].join('\n');
    const rendered = [text('12/03/2023 10:00'), text(null)].map((t, i) => render(extractText(`d${i}.txt`, t), `d${i}`));
    const model = buildModel(rendered, config);
    const index = model.pages.find((p) => p.url === '/thang/')!;
    assert.deepEqual(index.entries.find((e) => e.url === '/thang/chua-ro-ngay/'), { name: 'Chưa rõ ngày đăng', url: '/thang/chua-ro-ngay/', count: 1 });
    const undated = model.pages.find((p) => p.url === '/thang/chua-ro-ngay/')!;
    assert.deepEqual(undated.articles.map((a) => a.slug), ['d1']);
  });
});
