import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findOfficials, knownIndex } from '../../src/extract/officials.ts';
import { deriveTitle } from '../../src/extract/title.ts';
import config from '../../site.config.ts';

const people = (paragraphs: string[]) => findOfficials(paragraphs, [], knownIndex(config.knownPeople));
const byName = (paragraphs: string[]) => new Map(people(paragraphs).map((o) => [o.name, o]));

describe('extract: officials', () => {
  it('reads Vietnamese names after posts with place qualifiers', () => {
    const o = byName(['Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh cho biết thành phố sẽ hoàn thành dự án trong năm nay.', 'Bí thư Tỉnh ủy Quảng Ninh Vũ Đại Thắng đề nghị các sở đẩy nhanh tiến độ.']);
    assert.equal(o.get('Trần Sỹ Thanh')?.title, 'Chủ tịch UBND TP Hà Nội');
    assert.equal(o.get('Vũ Đại Thắng')?.title, 'Bí thư Tỉnh ủy Quảng Ninh');
    assert.ok(o.get('Trần Sỹ Thanh')?.quoted && o.get('Vũ Đại Thắng')?.quoted);
  });
  it('resolves later mentions to the full name given earlier', () => {
    const o = people(['Ngoại trưởng Nga Sergey Lavrov đã tới Geneva.', 'Ông Lavrov nói: "Chúng tôi sẵn sàng đối thoại với mọi đối tác nếu lợi ích của Nga được tôn trọng".']);
    assert.deepEqual(o.map((x) => x.name), ['Sergey Lavrov']);
    assert.equal(o[0]!.quotes.find((q) => q.direct)?.text, 'Chúng tôi sẵn sàng đối thoại với mọi đối tác nếu lợi ích của Nga được tôn trọng');
  });
  it('resolves a surname to a known person when the article gives no full name', () => {
    assert.deepEqual(people(['Tổng thống Biden tuần trước khẳng định ông muốn sớm đối thoại.']).map((x) => x.name), ['Joe Biden']);
  });
  it('leaves out former office holders and unnamed officials', () => {
    assert.deepEqual(people(['Cựu Tổng thống Mỹ Donald Trump cho biết ông sẽ tranh cử.', 'Một quan chức cấp cao Mỹ tiết lộ kế hoạch mới.']), []);
  });
  it('keeps a quote attributed to an institution with the institution', () => {
    const o = people(['Trong khi đó, Ngoại trưởng Mỹ Antony Blinken đã tới Kiev.', 'Bộ Ngoại giao Nga nêu rõ: "Chúng tôi phản đối mọi hành động khiêu khích nhằm vào lợi ích của Nga".']);
    assert.equal(o[0]!.quotes.length, 0);
    assert.equal(o[0]!.quoted, false);
  });
  it('attributes a quote given before its speaker', () => {
    const o = people(['"Chúng tôi đã chuẩn bị cho các lệnh trừng phạt chưa từng thấy", Phó Tổng thống Mỹ Kamala Harris nói.']);
    assert.equal(o[0]?.quotes[0]?.direct, true);
  });
  it('tells a speaker from the person spoken of', () => {
    const o = byName(['Chính quyền của Tổng thống Mỹ Joe Biden cho rằng các đề xuất là không thể chấp nhận.', 'Ngoại trưởng Anh Liz Truss tái khẳng định với Bộ trưởng Ngoại giao Ukraine Dmytro Kuleba về sự ủng hộ của London.']);
    assert.equal(o.get('Joe Biden')?.quoted, false);
    assert.equal(o.get('Dmytro Kuleba')?.quoted, false);
    assert.equal(o.get('Liz Truss')?.quoted, true);
  });
  it('a post without a name speaks for the one person in the article who holds it', () => {
    const o = byName(['Chiều 5/9, Thủ tướng Phạm Minh Chính chủ trì hội nghị về giải ngân vốn đầu tư công.', 'Kết luận hội nghị, Thủ tướng yêu cầu các bộ khẩn trương tháo gỡ vướng mắc.']);
    assert.equal(o.get('Phạm Minh Chính')?.quoted, true);
    const two = byName(['Bộ trưởng Tài chính Hồ Đức Phớc và Bộ trưởng Công Thương Nguyễn Hồng Diên dự họp.', 'Bộ trưởng cho biết sẽ trình đề án trong tháng tới.']);
    assert.equal(two.get('Hồ Đức Phớc')?.quoted, false, 'two ministers: "Bộ trưởng" alone is ambiguous');
  });
  it('reads a post given after the name, between commas', () => {
    const o = byName([
      'Ông Trần Văn Bình, Giám đốc Sở Y tế Hà Nội, cho biết thành phố đã chuẩn bị đủ vắc xin.',
      'Theo ông Lê Minh Hoan, Bộ trưởng Nông nghiệp và Phát triển nông thôn, giá lúa sẽ ổn định.',
      'John Kirby, người phát ngôn Hội đồng An ninh Quốc gia Mỹ, nói với các phóng viên rằng Washington đang theo dõi.',
    ]);
    assert.deepEqual([...o.values()].map((x) => [x.name, x.title, x.quoted]), [
      ['Trần Văn Bình', 'Giám đốc Sở Y tế Hà Nội', true],
      ['Lê Minh Hoan', 'Bộ trưởng Nông nghiệp và Phát triển nông thôn', true],
      ['John Kirby', 'người phát ngôn Hội đồng An ninh Quốc gia Mỹ', true],
    ]);
  });
  it('does not give a newspaper the post of the person named after it', () => {
    const o = people(['Trả lời phỏng vấn tờ Foreign Policy, Cố vấn An ninh quốc gia Mỹ Jake Sullivan cho biết Washington sẵn sàng.']);
    assert.deepEqual(o.map((x) => x.name), ['Jake Sullivan']);
  });
  it('keeps a post that names an organisation holding another post', () => {
    const o = people(['Chủ tịch Hội đồng Tham mưu trưởng liên quân Mỹ Mark Milley cho biết quân đội đang theo dõi.']);
    assert.equal(o[0]?.title, 'Chủ tịch Hội đồng Tham mưu trưởng liên quân Mỹ');
  });
  it('attributes a quote to "ông/bà" and a bare quote to the person just written about', () => {
    const pron = people(['Thủ tướng Anh Rishi Sunak có mặt tại Quốc hội hôm 5/3.', '"Chúng tôi sẽ không bao giờ bỏ rơi Ukraine, dù chiến sự kéo dài bao lâu", ông nói.']);
    assert.equal(pron[0]?.quotes.find((q) => q.direct)?.text, 'Chúng tôi sẽ không bao giờ bỏ rơi Ukraine, dù chiến sự kéo dài bao lâu');
    const bare = people(['Bộ trưởng Quốc phòng Mỹ Lloyd Austin đến Kiev hôm 24/4.', '“Ukraine có thể chiến thắng nếu có đủ vũ khí phù hợp”.']);
    assert.equal(bare[0]?.quotes[0]?.text, 'Ukraine có thể chiến thắng nếu có đủ vũ khí phù hợp');
    const theo = people(['"Đây là thời điểm quyết định cho châu Âu", theo lời Chủ tịch Hội đồng châu Âu Charles Michel.']);
    assert.deepEqual(theo.map((x) => [x.name, x.quotes[0]?.direct]), [['Charles Michel', true]]);
  });
  it('reads foreign names with particles and Korean names with hyphens', () => {
    const o = byName(['Chủ tịch Ủy ban châu Âu Ursula von der Leyen cho biết gói trừng phạt đã được thông qua.', 'Tổng thống Hàn Quốc Yoon Suk-yeol nhấn mạnh hợp tác ba bên.']);
    assert.ok(o.has('Ursula von der Leyen') && o.has('Yoon Suk-yeol'), [...o.keys()].join(', '));
  });
});

describe('extract: derived headlines', () => {
  it('takes the lead\'s main clause, without the outlet prefix or the intro phrase', () => {
    assert.equal(deriveTitle('Kinhtedothi - Cùng ngày, Nga và Mỹ nhất trí nối lại đàm phán an ninh. Các cuộc họp sẽ bắt đầu vào tuần tới.'), 'Nga và Mỹ nhất trí nối lại đàm phán an ninh');
  });
  it('cuts a long clause at a word boundary', () => {
    const t = deriveTitle('Ngoại trưởng Nga cho biết cơ hội tiếp tục đàm phán phụ thuộc vào phản ứng của phương Tây đối với các đề xuất an ninh mà Moskva đã gửi tới Washington và NATO hồi tháng trước')!;
    assert.ok(t.length <= 101 && t.endsWith('…') && !/\s…$/.test(t), t);
  });
});
