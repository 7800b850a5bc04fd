import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findOfficials } from '../../src/extract/officials.ts';
import { knownIndex } from '../../src/text/names.ts';
import { deriveTitle } from '../../src/extract/title.ts';
import config from '../../site.config.ts';

const people = (paragraphs: string[]) => findOfficials(paragraphs, [], knownIndex(config.knownPeople));
const byName = (paragraphs: string[]) => new Map(people(paragraphs).map((o) => [o.name, o]));
/** Each official's quotes, by name, from body paragraphs and captions. */
const quotesOf = (paragraphs: string[], captions: string[] = []) =>
  new Map(findOfficials(paragraphs, captions, knownIndex(config.knownPeople)).map((o) => [o.name, o.quotes.map((q) => q.text)]));

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

describe('extract: officials, places and name shapes', () => {
  const withCaptions = (paragraphs: string[], captions: string[]) => findOfficials(paragraphs, captions, knownIndex(config.knownPeople));

  it('never takes a country or a province for a person, nor glues one to a name', () => {
    const o = people([
      'Tổng thống mới đắc cử của Ukraina.',
      'Thủ tướng Campuchia Samdech Techo Hun Sen tiếp Bộ trưởng Ngoại giao Bùi Thanh Sơn.',
      'Phó Chủ tịch Đại hội đồng gồm Benin, Fiji và Hà Lan.',
      'Giám đốc Trung tâm Y tế quận Dương Kinh cho biết các bệnh nhân đã ổn định.',
    ]);
    const names = o.map((x) => x.name);
    for (const place of ['Ukraina', 'Benin', 'Fiji', 'Hà Lan', 'Dương Kinh', 'Campuchia']) {
      assert.ok(!names.some((n) => n.includes(place)), `${place} in ${names.join(', ')}`);
    }
    assert.ok(names.includes('Samdech Techo Hun Sen'), names.join(', '));
  });

  it('reads the name after the place that follows "quận", "tỉnh", and a name of three syllables right after "tỉnh"', () => {
    const o = byName(['Ông Vũ Văn Đoan, Giám đốc Trung tâm Y tế quận Dương Kinh cho biết các bệnh nhân đã ổn định.', 'Phó Chủ tịch UBND tỉnh Phan Thế Tuấn cho biết tỉnh sẽ hỗ trợ.']);
    assert.equal(o.get('Vũ Văn Đoan')?.title, 'Giám đốc Trung tâm Y tế quận Dương Kinh');
    assert.equal(o.get('Phan Thế Tuấn')?.title, 'Phó Chủ tịch UBND tỉnh');
  });

  it('reads romanised Korean and Sino-Vietnamese names', () => {
    const o = byName(['Bộ trưởng Ngoại giao Hàn Quốc Cho Hyun bày tỏ vui mừng.', 'Đại sứ Trung Quốc tại Việt Nam Hùng Ba cho biết hai nước sẽ tăng cường hợp tác.']);
    assert.equal(o.get('Cho Hyun')?.title, 'Bộ trưởng Ngoại giao Hàn Quốc');
    assert.equal(o.get('Hùng Ba')?.title, 'Đại sứ Trung Quốc tại Việt Nam');
  });

  it('reads a post given after the name with a dash, after "đồng chí", a rank or "Ngài", and a middle initial', () => {
    const o = byName([
      'Dự hội nghị có đồng chí Trần Cẩm Tú - Uỷ viên Bộ Chính trị, Thường trực Ban Bí thư.',
      'Sáng 15/2, trung tá Phạm Chính Nghĩa, Đội trưởng Đội Cảnh sát điều tra, cho biết đã khởi tố vụ án.',
      'Đại tướng Phan Văn Giang đã tiếp Ngài Elbridge A. Colby, Thứ trưởng Bộ Quốc phòng Hoa Kỳ.',
    ]);
    assert.equal(o.get('Trần Cẩm Tú')?.title, 'Uỷ viên Bộ Chính trị');
    assert.equal(o.get('Phạm Chính Nghĩa')?.title, 'Đội trưởng Đội Cảnh sát điều tra');
    assert.equal(o.get('Elbridge A. Colby')?.title, 'Thứ trưởng Bộ Quốc phòng Hoa Kỳ');
  });

  it('counts people named with a post only in a caption, without the credit in their name', () => {
    const o = withCaptions(['Hai bên đã trao đổi về tình hình khu vực trong cuộc điện đàm kéo dài một giờ.'], ['Tổng thống Nga Vladimir Putin (phải) và Tổng thống Ukraine Volodymyr Zelenskiy (Ảnh: AP)']);
    assert.deepEqual(o.map((x) => x.name).sort(), ['Vladimir Putin', 'Volodymyr Zelenskiy']);
  });

  it('keeps the spelling an article writes, and one person for a known person\'s spellings', () => {
    const o = withCaptions(['Ông Volodymyr Zelenskiy cho rằng hai bên cần thảo luận về các vấn đề còn tồn tại.'], ['Tổng thống Ukraine Vladimir Zelensky tại Kiev (Ảnh: Reuters)']);
    assert.deepEqual(o.map((x) => [x.name, x.title, x.quoted]), [['Volodymyr Zelenskiy', 'Tổng thống Ukraine', true]]);
  });
});

describe('extract: who said what', () => {

  it('takes a surname the article gave in full, alone or after a post, for that person', () => {
    const q = quotesOf([
      'Thiếu tướng Trần Văn Toản, Phó Chánh Văn phòng Cơ quan Cảnh sát điều tra, chủ trì buổi họp báo.',
      'Theo Thiếu tướng Toản, công an cấp xã đã đủ năng lực bảo đảm an ninh trật tự tại cơ sở.',
      '"Chúng tôi sẽ tiếp tục rà soát toàn bộ hệ thống", Toản nói.',
    ]);
    assert.equal(q.get('Trần Văn Toản')?.length, 2);
  });

  it('gives a sentence whose subject is a pronoun or a role to the person just spoken of', () => {
    const q = quotesOf([
      'Thứ trưởng Quốc phòng Ukraine Hanna Maliar đã có cuộc họp báo tại Kiev.',
      'Cô nhấn mạnh rằng các lực lượng phòng thủ vẫn giữ vững phòng tuyến ở những khu vực khó khăn nhất.',
      'Theo bà, tình hình tại mặt trận phía đông vẫn còn rất phức tạp.',
    ]);
    assert.deepEqual(q.get('Hanna Maliar'), ['các lực lượng phòng thủ vẫn giữ vững phòng tuyến ở những khu vực khó khăn nhất.', 'tình hình tại mặt trận phía đông vẫn còn rất phức tạp.']);
  });

  it('credits a quote to the person an agency quotes after it', () => {
    const q = quotesOf(['Người phát ngôn Bộ Ngoại giao Trung Quốc Hồng Lỗi bác bỏ cáo buộc.', '"Philippines nên nghiêm túc thực thi các cam kết đã ký" – Reuters dẫn lời ông Hồng Lỗi.']);
    assert.ok(q.get('Hồng Lỗi')?.includes('Philippines nên nghiêm túc thực thi các cam kết đã ký'));
  });

  it('reads speech after "chúc mừng", "cảm ơn", "bày tỏ" and a bare post with its country, resolved through a caption', () => {
    const q = quotesOf(['Ngoại trưởng Iran vừa cảnh báo rằng Tehran sẽ không lùi bước trước bất kỳ cuộc xung đột nào.', 'Chủ tịch nước Tô Lâm chúc mừng Đại sứ được bổ nhiệm và tin tưởng quan hệ hai nước sẽ phát triển.'], ['Ngoại trưởng Iran Mohammad Zarif tại Tehran (Ảnh: AFP)']);
    assert.ok(q.get('Mohammad Zarif')?.[0]?.startsWith('Tehran sẽ không lùi bước'));
    // "chúc mừng" is itself what was said: the quote keeps it.
    assert.ok(q.get('Tô Lâm')?.[0]?.startsWith('chúc mừng Đại sứ được bổ nhiệm'));
  });

  it('reads a deputy and a doctor holding a post', () => {
    const q = quotesOf(['Đại biểu Trần Du Lịch bày tỏ: "Cứ quy định bao nhiêu phút rồi xếp hàng để thảo luận thì khó có tranh luận".', 'Bác sĩ Vũ Văn Đoan, Giám đốc Trung tâm Y tế quận, cho biết các bệnh nhân đã qua cơn nguy kịch.']);
    assert.ok(q.has('Trần Du Lịch') && q.has('Vũ Văn Đoan'));
  });
});

describe('extract: who holds a public post', () => {
  it('leaves out company heads, people of history, a post not yet taken and a post without its body', () => {
    const names = people([
      'Chủ tịch Tập đoàn LG Koo Kwang-mo và Tổng Giám đốc Tập đoàn Điện lực Việt Nam Nguyễn Anh Tuấn dự lễ ký kết.',
      'Chủ tịch Hồ Chí Minh từng đến thăm địa phương này năm 1957.',
      'Tổng thống đắc cử Donald Trump sẽ nhậm chức vào tháng tới.',
      'Đội trưởng Theerathon Bunmathan ghi bàn thắng thứ hai cho đội tuyển.',
      'Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng cho biết lãi suất sẽ được giữ ổn định.',
    ]).map((o) => o.name);
    assert.deepEqual(names, ['Nguyễn Thị Hồng']);
  });

  it('lists a person named in full and quoted though the story gives no post; named but not quoted, not', () => {
    const found = byName([
      '"Cuộc trao đổi rất hữu ích và mang tính xây dựng", ông Yuri Petrov nói với báo giới sau cuộc gặp.',
      'Bà Trần Thị Lan cho biết sẽ trao đổi cụ thể với các cơ quan chức năng trong tuần tới.',
      'Ông Nguyễn Văn Bình cũng có mặt tại buổi lễ cùng nhiều khách mời.',
    ]);
    assert.deepEqual([...found.keys()].sort(), ['Trần Thị Lan', 'Yuri Petrov']);
    assert.equal(found.get('Yuri Petrov')!.title, null);
    assert.match(found.get('Trần Thị Lan')!.quotes[0]!.text, /^sẽ trao đổi cụ thể/);
  });

  it('reads a long post in apposition up to its comma, semicolon or "và phu nhân"', () => {
    const o = byName([
      'Ông Trần Gia Long, Phó Vụ trưởng Vụ Kế hoạch - Tài chính (Bộ Nông nghiệp và Môi trường) cho biết, tiến độ giải ngân đã được cải thiện.',
      'Tham gia đoàn có Ngài Jigiee Sereejav, Đại sứ đặc mệnh toàn quyền Mông Cổ tại Việt Nam và phu nhân; bà Tumuruya, Bí thư thứ ba.',
      'Đại sứ nước này tại Trung Quốc Erlinda Basilio đã được triệu hồi về nước.',
    ]);
    assert.equal(o.get('Trần Gia Long')?.title, 'Phó Vụ trưởng Vụ Kế hoạch - Tài chính (Bộ Nông nghiệp và Môi trường)');
    assert.equal(o.get('Jigiee Sereejav')?.title, 'Đại sứ đặc mệnh toàn quyền Mông Cổ tại Việt Nam');
    assert.equal(o.get('Erlinda Basilio')?.title, 'Đại sứ nước này tại Trung Quốc');
  });
});

describe('extract: passages and the names they come back to', () => {

  it('comes back to a name by its last words or an East Asian family name written first', () => {
    const q = quotesOf([
      'Bộ trưởng Bùi Thanh Sơn đã chào xã giao Thủ tướng Campuchia Samdech Techo Hun Sen và Bộ trưởng Ngoại giao Hàn Quốc Cho Hyun.',
      'Thủ tướng Hun Sen bày tỏ hài lòng trước những bước phát triển tích cực của quan hệ hai nước.',
      'Bộ trưởng Cho đã bày tỏ cảm ơn sự tiếp đãi nồng hậu của nước chủ nhà.',
    ]);
    assert.ok(q.get('Samdech Techo Hun Sen')?.[0]?.startsWith('hài lòng'));
    assert.ok(q.get('Cho Hyun')?.[0]?.startsWith('cảm ơn'));
  });

  it('gives the whole reported clause when a quotation is only part of it, and a quote followed by ", - ông X nói"', () => {
    const q = quotesOf([
      'Thứ trưởng Quốc phòng Ukraine Hanna Maliar nói thêm, các lực lượng Ukraine đã “cải thiện vị trí của họ” trong thành phố.',
      'Ngoại trưởng Nga Sergey Lavrov đã trả lời phỏng vấn một tạp chí trong nước.',
      '"Hiện vẫn còn quá sớm để nói về các cuộc đàm phán hòa bình", - ông Lavrov nói.',
    ]);
    assert.deepEqual(q.get('Hanna Maliar'), ['các lực lượng Ukraine đã “cải thiện vị trí của họ” trong thành phố.']);
    assert.deepEqual(q.get('Sergey Lavrov'), ['Hiện vẫn còn quá sớm để nói về các cuộc đàm phán hòa bình']);
  });

  it('takes the person an agency quotes, and a leader named by a description, as the speaker', () => {
    const q = quotesOf([
      'Hãng tin PNA hôm 5/9 dẫn lời Ngoại trưởng Albert del Rosario rằng: “Chúng tôi sẽ gửi công hàm phản đối”.',
      'Tổng thống Ukraine Volodymyr Zelensky phát biểu tại Washington hôm thứ Ba.',
      'Nhà lãnh đạo Ukraine cảnh báo sẽ từ bỏ các cuộc đàm phán nếu các điều kiện không được đáp ứng.',
    ]);
    assert.ok(q.get('Albert del Rosario')?.some((t) => t.startsWith('Chúng tôi sẽ gửi công hàm')));
    assert.ok(q.get('Volodymyr Zelensky')?.some((t) => t.startsWith('sẽ từ bỏ các cuộc đàm phán')));
  });

  it('resolves a bare post by the post as written when its kind has several holders', () => {
    const q = quotesOf(['Tổng thống Ukraine đã bày tỏ thiện chí sẵn sàng gặp người đồng cấp Nga tại Minsk.'], ['Tổng thống Nga Vladimir Putin (phải) và Tổng thống Ukraine Volodymyr Zelenskiy (Ảnh: Duran)']);
    assert.ok(q.get('Volodymyr Zelenskiy')?.[0]?.startsWith('thiện chí sẵn sàng'));
    assert.deepEqual(q.get('Vladimir Putin'), []);
  });
});

describe('extract: names and posts of other shapes', () => {
  it('reads a foreign name after its post and a comma, a ministry whose name is a list, "tối cao", and a family name written first', () => {
    const o = byName([
      'Tổng thống Nga gặp đặc phái viên của nhà lãnh đạo Mỹ, Steven Witkoff.',
      'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng trả lời chất vấn.',
      'Viện trưởng Viện kiểm sát nhân dân (VKSND) tối cao Nguyễn Huy Tiến đã trình bày báo cáo.',
      'Thủ tướng Nhật Bản Kishida Fumio tiếp đoàn. Thủ tướng Kishida cho biết hai nước sẽ hợp tác chặt chẽ hơn.',
    ]);
    assert.equal(o.get('Steven Witkoff')?.title, 'đặc phái viên của nhà lãnh đạo Mỹ');
    assert.equal(o.get('Nguyễn Văn Hùng')?.title, 'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch');
    assert.equal(o.get('Nguyễn Huy Tiến')?.title, 'Viện trưởng Viện kiểm sát nhân dân (VKSND) tối cao');
    assert.ok(o.get('Kishida Fumio')?.quoted);
    assert.ok(!o.has('Kishida'));
  });

  it('leaves out a president the story says was just elected', () => {
    assert.deepEqual(people(['Ông Zelensky là Tổng thống mới đắc cử của Ukraina.', 'Tân Tổng thống Ukraina Volodymyr Zelensky sẽ nhậm chức vào tháng tới.']), []);
  });
});

describe('extract: a speaker reported by another', () => {
  it('takes the subject of a clause after "cho biết" for a speaker, and reads a long apposition up to its verb', () => {
    const o = findOfficials([
      'Ngoại trưởng Hàn Quốc Cho Hyun đã điện đàm với Phó Thủ tướng Bùi Thanh Sơn.Bộ Ngoại giao Hàn Quốc cho biết Bộ trưởng Cho đã bày tỏ cảm ơn sự tiếp đãi nồng hậu.',
      'Sáng 15.2, trung tá Phạm Chính Nghĩa, Đội trưởng Đội Cảnh sát Điều tra tội phạm, Công an H.Ia Grai (Gia Lai), cho biết đơn vị này đã có quyết định khởi tố vụ án.',
    ], [], knownIndex(config.knownPeople));
    const q = new Map(o.map((x) => [x.name, x.quotes.map((y) => y.text)]));
    assert.deepEqual(q.get('Cho Hyun'), ['cảm ơn sự tiếp đãi nồng hậu.']);
    assert.deepEqual(q.get('Bùi Thanh Sơn'), []);
    assert.deepEqual(q.get('Phạm Chính Nghĩa'), ['đơn vị này đã có quyết định khởi tố vụ án.']);
  });
});

describe('extract: a post of many', () => {
  it('names no one after "các", "nhiều", "một", and still reads a post after "tháng Ba,"', () => {
    assert.deepEqual(people(['Các đại biểu Quốc hội Hà Nội đã thảo luận tại tổ.', 'Nhiều bộ trưởng Châu Âu bày tỏ lo ngại.']), []);
    const o = byName(['Sáng Chủ nhật 26 tháng Ba, Thứ trưởng Quốc phòng Ukraine Hanna Maliar cho biết các lực lượng vẫn giữ vững phòng tuyến.']);
    assert.ok(o.get('Hanna Maliar')?.quoted);
  });
});

describe('extract: speech introduced by a source, a verb that is the content, a comrade', () => {
  it('reads "Theo <post>, <post> <name>, …" as that person speaking, not a document or someone else\'s statement', () => {
    const chain = byName(['Theo Ủy viên Bộ Chính trị, Trưởng Ban Kinh tế Trung ương Trần Văn An, diễn đàn năm nay là dịp quan trọng để nhìn lại chặng đường phát triển.']);
    assert.match(chain.get('Trần Văn An')!.quotes[0]!.text, /^diễn đàn năm nay/);
    const decision = byName(['Theo Quyết định số 204, Thủ tướng Lê Văn Bình làm Trưởng Ban Chỉ đạo quốc gia về chuyển đổi số.']);
    assert.equal(decision.get('Lê Văn Bình')!.quoted, false);
    const other = byName(['Theo phát ngôn viên Bộ Ngoại giao Mỹ, Ngoại trưởng John Carter sẽ thừa nhận rằng các nỗ lực ngoại giao chưa mang lại kết quả.']);
    assert.equal(other.get('John Carter')!.quoted, false);
  });

  it('keeps a verb that is itself what was said ("lên án …"), not one that only introduces it', () => {
    const o = byName(['Quốc vương Qatar Tamim bin Hamad Al Thani ngày 21/10 đã lên án Israel vì những hành động vi phạm lệnh ngừng bắn.', 'Thủ tướng Lê Văn Bình cho biết chính phủ sẽ công bố kế hoạch mới.']);
    assert.match(o.get('Tamim bin Hamad Al Thani')!.quotes[0]!.text, /^lên án Israel/);
    assert.match(o.get('Lê Văn Bình')!.quotes[0]!.text, /^chính phủ sẽ/);
  });

  it('gives speech whose subject is a description ("Ông chủ Điện Kremlin", "vị cố vấn Mỹ") to the person just spoken of', () => {
    const kremlin = byName(['Tổng thống Nga Vladimir Putin đã có chuyến thăm Tajikistan trong hai ngày.', 'Ông chủ Điện Kremlin còn cho biết thêm rằng phản ứng của Nga sẽ rất mạnh mẽ.']);
    assert.match(kremlin.get('Vladimir Putin')!.quotes[0]!.text, /^phản ứng của Nga/);
    const adviser = byName(['Cố vấn An ninh Quốc gia Mỹ John Bolton có mặt tại hội nghị ở New York.', 'Trong bài phát biểu, vị cố vấn Mỹ tuyên bố Washington sẽ theo sát mọi hành động của Tehran.']);
    assert.match(adviser.get('John Bolton')!.quotes[0]!.text, /^Washington sẽ theo sát/);
  });

  it('gives "Đồng chí mong muốn …" to the official just named, and reads "nhận thấy"', () => {
    const comrade = byName(['Bí thư Tỉnh ủy Tuyên Quang Nguyễn Văn Sơn tiếp đoàn công tác của tỉnh bạn.', 'Đồng chí mong muốn các nhà đầu tư sẽ đến tỉnh nhiều hơn trong năm tới.']);
    assert.match(comrade.get('Nguyễn Văn Sơn')!.quotes[0]!.text, /^các nhà đầu tư/);
    const sees = byName(['Đại sứ Trịnh Văn Hải vui mừng nhận thấy quan hệ hai nước đang phát triển tốt đẹp.']);
    assert.match(sees.get('Trịnh Văn Hải')!.quotes[0]!.text, /^quan hệ hai nước/);
  });
});

describe('extract: interviews', () => {
  it('gives the answers after a question to the one it addresses, and a paragraph opened by a name and a colon to that name', () => {
    const q = quotesOf([
      'Phóng viên đã có cuộc trao đổi với Thứ trưởng Bộ Nông nghiệp Lê Quốc Doanh về kết quả của ngành.',
      'Xuất khẩu nông sản đạt kỷ lục trong năm qua, kết quả này đạt được nhờ đâu, thưa Thứ trưởng?',
      'Năm qua là một năm đặc biệt khó khăn nhưng ngành đã giữ vững sản xuất và mở rộng thị trường.',
      'Bộ trưởng Nguyễn Văn An: Chúng tôi sẽ tiếp tục hỗ trợ nông dân tiếp cận các thị trường mới.',
    ]);
    assert.deepEqual(q.get('Lê Quốc Doanh'), ['Năm qua là một năm đặc biệt khó khăn nhưng ngành đã giữ vững sản xuất và mở rộng thị trường.']);
    assert.deepEqual(q.get('Nguyễn Văn An'), ['Chúng tôi sẽ tiếp tục hỗ trợ nông dân tiếp cận các thị trường mới.']);
  });

  it('takes no question for what its subject said', () => {
    const q = quotesOf(['Chủ tịch nước Tô Lâm sẽ tham dự Tuần lễ Cấp cao, xin Đại sứ đánh giá ý nghĩa của chuyến công tác này?']);
    assert.deepEqual(q.get('Tô Lâm'), []);
  });

  it('leaves out the late holder of a post ("cố Bộ trưởng")', () => {
    const o = byName(['Năm 1976, cố Bộ trưởng Ngoại giao Trần Văn Lâm ký thông cáo chung cùng Bộ trưởng Ngoại giao Lào Phoun Sipaseuth.']);
    assert.equal(o.has('Trần Văn Lâm'), false);
    assert.equal(o.get('Phoun Sipaseuth')?.title, 'Bộ trưởng Ngoại giao Lào');
  });
  it('reads a name with a glued initial ("M.Servigon") whole', () => {
    const o = byName(['Đại sứ Philippines Maria Teresa Ocampo R.Dizon cho biết hai nước sẽ mở thêm đường bay thẳng.']);
    assert.deepEqual([...o.keys()], ['Maria Teresa Ocampo R.Dizon']);
  });
  it('takes a body\'s short name in brackets for no person ("Chủ tịch Viettel")', () => {
    const o = byName([
      'Dự họp có Thiếu tướng Lê Văn Hòa, Tổng Giám đốc Tổng công ty Xây dựng quân đội (Bianco).',
      'Chủ tịch Bianco phát biểu tại buổi làm việc với Bộ trưởng Bộ Xây dựng Trần Hồng Minh.',
    ]);
    assert.equal(o.has('Bianco'), false);
    assert.ok(o.has('Trần Hồng Minh'));
  });
  it('reads a highland name opening with a surname after "tỉnh" ("UBND tỉnh Dương Mah Tiệp")', () => {
    const o = byName(['Phó Chủ tịch UBND tỉnh Nay Ksor Blơng yêu cầu các huyện khẩn trương khắc phục hậu quả mưa lũ.', 'Phó Chủ tịch UBND tỉnh Lê Rah Hlinh kiểm tra công tác cứu hộ.']);
    assert.equal(o.get('Lê Rah Hlinh')?.title, 'Phó Chủ tịch UBND tỉnh');
    assert.equal(o.has('Rah Hlinh'), false);
  });

  it('gives speech to a post named with its body and no name ("Phó Chủ tịch UBND tỉnh chia sẻ:"), even after "Đồng chí"', () => {
    const q = quotesOf([
      'Phó Chủ tịch UBND tỉnh Hà Văn Lực tiếp đoàn công tác của Bộ Công Thương.',
      'Phó Chủ tịch UBND tỉnh chia sẻ: Tỉnh có nhiều tiềm năng về du lịch sinh thái và rất cần nhà đầu tư.',
      'Đồng chí Phó Chủ tịch UBND tỉnh mong muốn các doanh nghiệp tiếp tục đồng hành cùng địa phương.',
    ]);
    assert.deepEqual(q.get('Hà Văn Lực'), ['Tỉnh có nhiều tiềm năng về du lịch sinh thái và rất cần nhà đầu tư.', 'các doanh nghiệp tiếp tục đồng hành cùng địa phương.']);
  });
  it('keeps "Bộ trưởng Cho" a person, not a post with a body', () => {
    const q = quotesOf([
      'Ngoại trưởng Hàn Quốc Cho Hyun điện đàm với Bộ trưởng Ngoại giao Việt Nam Lê Hoài Trung.',
      'Bộ trưởng Cho đã bày tỏ mong muốn hai nước tăng cường hợp tác kinh tế.',
    ]);
    assert.equal(q.get('Cho Hyun')?.length, 1);
    assert.deepEqual(q.get('Lê Hoài Trung'), []);
  });
  it('takes calling a thing by quoted words for speech ("gọi … là “…”"), not a phone call', () => {
    const q = quotesOf(['Thủ tướng Anh Keir Starmer gọi các cuộc tấn công vào tàu hàng là "hành vi cướp biển trắng trợn".', 'Bộ trưởng Y tế Trần Văn Bình gọi điện cho các bệnh viện là việc làm hằng ngày.']);
    assert.ok(q.get('Keir Starmer')?.[0]?.includes('hành vi cướp biển trắng trợn'));
    assert.deepEqual(q.get('Trần Văn Bình'), []);
  });
});
