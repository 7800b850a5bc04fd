import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { captionText } from '../../src/clean/caption.ts';
import { clean, isSignOff } from '../../src/clean/index.ts';
import { isDateline } from '../../src/clean/rules.ts';
import { ingestText } from '../helpers.ts';

const cleanText = (text: string) => clean(ingestText('t.txt', text));
const ruleOf = (text: string, line: string) => cleanText(text).removed.find((r) => r.text?.trim() === line)?.rule;

const PROSE = [
  'Bộ Ngoại giao cho biết hai bên đã nhất trí tiếp tục đối thoại về các vấn đề an ninh trong khu vực trong thời gian tới.',
  'Theo kế hoạch, vòng đàm phán tiếp theo sẽ diễn ra tại thủ đô của nước chủ nhà vào cuối tháng này với sự tham gia của các chuyên gia.',
  'Giới quan sát cho rằng đây là tín hiệu tích cực, dù còn nhiều bất đồng giữa các bên về lộ trình và phạm vi của thỏa thuận.',
];

describe('clean: datelines', () => {
  for (const line of ['Thứ Hai, 27/12/2021 15:35 (GMT+7)', '19/01/2025 | 09:24', 'Cập nhật: 08:30 27/12/2021', '27-12-2021 - 15:35', 'Chủ nhật, 12/03/2023 - 15:20', 'Hồng Hạnh | 27/12/2021 15:35', '2021-12-27 15:35', '22-11-2023 - 06:30 | Quốc tế', '(Chinhphu.vn) 05/09/2023 16:20', 'Thứ hai, 20 Tháng 3, 2023 | 14:30', 'Thứ Hai | 20/03/2023 14:30', 'Cập nhật: 14:30, Thứ Hai, 20/3/2023', 'Theo TTXVN-Thứ năm, ngày 07/09/2023 07:13 GMT+7']) {
    it(`"${line}" is a dateline`, () => assert.ok(isDateline(line)));
  }
  for (const line of ['Ngày 27/12/2021, hai bên đã ký thỏa thuận.', 'Hội nghị diễn ra từ 12/1 đến 15/1.']) {
    it(`"${line}" is prose`, () => assert.ok(!isDateline(line)));
  }
});

describe('clean: photo captions', () => {
  it('separates a credit glued to the last word', () => {
    assert.equal(captionText('Cuộc gặp ở Stockholm - Thụy ĐiểnẢnh: REUTERS'), 'Cuộc gặp ở Stockholm - Thụy Điển. Ảnh: REUTERS');
  });
  it('strips table pipes of a table-cell caption', () => {
    assert.equal(captionText('| Quang cảnh cuộc họp. (Ảnh: TTXVN) |'), 'Quang cảnh cuộc họp. (Ảnh: TTXVN)');
  });
  it('moves credited captions in any casing to captions', () => {
    for (const cap of ['Quang cảnh phiên họp. Ảnh: Tass', 'Quang cảnh phiên họp (ảnh: AFP)', 'Quang cảnh phiên họp. ẢNH: NGỌC THẮNG', 'Quang cảnh phiên họp. Photo: AP']) {
      const doc = cleanText([PROSE[0], cap, PROSE[1], PROSE[2]].join('\n'));
      assert.equal(doc.captions.length, 1, cap);
      assert.equal(doc.blocks.length, 3);
    }
  });
  it('does not take "hình ảnh:" inside prose for a credit', () => {
    const line = 'Các đại biểu đã cùng xem lại những hình ảnh: những ngày đầu thành lập, các chuyến công tác và cuộc gặp với cử tri ở nhiều địa phương.';
    const doc = cleanText([PROSE[0], line, PROSE[1]].join('\n'));
    assert.equal(doc.captions.length, 0);
    assert.equal(doc.blocks.length, 3);
  });
});

describe('clean: blocks of other stories', () => {
  it('removes a teaser block (title, title again, date, summary) after the article', () => {
    const text = [...PROSE, '', 'Đọc thêm tin khác', 'Giá xăng giảm mạnh từ chiều nay', '', 'Giá xăng giảm mạnh từ chiều nay', '', '19/01/2025 | 09:24', '', 'Liên Bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ xăng dầu trong nước theo xu hướng của thị trường thế giới.'].join('\n');
    const doc = cleanText(text);
    assert.equal(doc.blocks.length, 3);
    assert.deepEqual(doc.datelines, [], 'a teaser date is never the article\'s dateline');
  });
  it('removes a list of other headlines with times', () => {
    const doc = cleanText([...PROSE, '- Giá vàng lập đỉnh mới (11:37)', '- Bão số 3 đổ bộ (1 giờ trước)', '- Ba nước ký hiệp định (27/12)'].join('\n'));
    assert.equal(doc.blocks.length, 3);
    assert.deepEqual(doc.removed.map((r) => r.rule), ['headline-list-item', 'headline-list-item', 'headline-list-item']);
  });
  it('removes related-story table rows with truncated summaries', () => {
    assert.equal(ruleOf([...PROSE, '| Giá khí đốt tăng gần 300% Giá khí đốt bán buôn ở châu Âu đã tăng gần 300% trong năm qua do ... |'].join('\n'), '| Giá khí đốt tăng gần 300% Giá khí đốt bán buôn ở châu Âu đã tăng gần 300% trong năm qua do ... |'), 'related-story-row');
  });
  it('ends the article at a page widget even when prose follows', () => {
    const doc = cleanText([...PROSE, 'Tin tài trợ', 'Ưu đãi lớn cho khách hàng mở thẻ tín dụng trong tháng này, hoàn tiền đến 50% cho các giao dịch mua sắm trực tuyến.'].join('\n'));
    assert.equal(doc.blocks.length, 3);
  });
  it('skips a widget of other stories above the article, headline and dateline included', () => {
    const doc = cleanText(['Tin nổi bật', 'Giá xăng giảm mạnh từ chiều nay', 'Liên Bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ xăng dầu trong nước theo xu hướng của thị trường thế giới.',
      'Hai nước nhất trí nối lại đàm phán an ninh', '12/08/2023 10:20 GMT+7', ...PROSE].join('\n'));
    assert.equal(doc.headline?.text, 'Hai nước nhất trí nối lại đàm phán an ninh');
    assert.deepEqual(doc.datelines.map((d) => d.text), ['12/08/2023 10:20 GMT+7']);
    assert.deepEqual(doc.blocks.map((b) => b.text), PROSE);
  });
  it('a brief of short sentences keeps its first sentence and its headline', () => {
    const doc = cleanText(['Thời sự', 'Đà Nẵng đón tàu du lịch quốc tế đầu tiên', '15/01/2024 09:00', 'Sáng nay, tàu Spectrum of the Seas cập cảng Tiên Sa.', 'Tàu chở hơn 4.000 khách.', 'Chia sẻ'].join('\n'));
    assert.equal(doc.headline?.text, 'Đà Nẵng đón tàu du lịch quốc tế đầu tiên');
    assert.deepEqual(doc.blocks.map((b) => b.text), ['Sáng nay, tàu Spectrum of the Seas cập cảng Tiên Sa.', 'Tàu chở hơn 4.000 khách.']);
  });
  it('keeps prose after an inline related-stories box', () => {
    const doc = cleanText([PROSE[0], PROSE[1], 'Tin liên quan', '- Hai nước nối lại đàm phán', PROSE[2]].join('\n'));
    assert.deepEqual(doc.blocks.map((b) => b.text), PROSE);
  });
  it('stops at the "/." end mark but keeps the sign-off', () => {
    const doc = cleanText([PROSE[0], PROSE[1], `${PROSE[2]!.slice(0, -1)}./.`, 'Minh Anh', 'Ưu đãi lớn cho khách hàng mở thẻ tín dụng trong tháng này, hoàn tiền đến 50% cho các giao dịch.'].join('\n'));
    assert.deepEqual(doc.blocks.map((b) => b.text).slice(-1), ['Minh Anh']);
    assert.equal(doc.blocks.length, 4);
  });
});

describe('clean: header', () => {
  it('finds the headline, drops its repetition, keeps the dateline for the extract stage', () => {
    const doc = cleanText(['Thế giới', 'Hai nước nhất trí nối lại đàm phán an ninh', 'Hai nước nhất trí nối lại đàm phán an ninh', 'Thứ Hai, 27/12/2021 15:35 (GMT+7)', ...PROSE].join('\n'));
    assert.equal(doc.headline?.text, 'Hai nước nhất trí nối lại đàm phán an ninh');
    assert.deepEqual(doc.datelines.map((d) => d.text), ['Thứ Hai, 27/12/2021 15:35 (GMT+7)']);
    assert.equal(ruleOf(['Thế giới', 'Hai nước nhất trí nối lại đàm phán an ninh', 'Hai nước nhất trí nối lại đàm phán an ninh', ...PROSE].join('\n'), 'Thế giới'), 'header-label');
    assert.equal(doc.blocks.length, 3);
  });
  it('splits a timestamp glued to the headline', () => {
    const doc = cleanText(['27/12/2021 15:35Đối thoại an ninh Nga - NATO diễn ra vào 12/1', ...PROSE].join('\n'));
    assert.equal(doc.headline?.text, 'Đối thoại an ninh Nga - NATO diễn ra vào 12/1');
    assert.equal(doc.datelines[0]?.text, '27/12/2021 15:35');
  });
  it('a body sentence that names an official and ends with a number is not a caption', () => {
    const line = 'Phó Thủ tướng Trần Hồng Hà cũng cho biết Chính phủ sẽ ban hành nghị định mới về đấu thầu trong tháng 7.';
    const doc = cleanText([PROSE[0], PROSE[1], line].join('\n'));
    assert.deepEqual(doc.captions, []);
    assert.equal(doc.blocks.length, 3);
  });
  it('keeps subheadings inside the body as headings', () => {
    const doc = cleanText([PROSE[0], PROSE[1], 'Những bất đồng còn lại', PROSE[2]].join('\n'));
    assert.deepEqual(doc.blocks.map((b) => b.kind), ['paragraph', 'paragraph', 'heading', 'paragraph']);
  });
  it('applies a maintainer\'s own rule', () => {
    const doc = clean(ingestText('t.txt', [...PROSE, 'Mã QR tải ứng dụng: ABC123'].join('\n')), { customRules: [{ name: 'qr-code', pattern: /^Mã QR/, reason: 'app download code' }] });
    assert.equal(doc.removed[0]?.rule, 'qr-code');
  });
});

describe('clean: sign-offs', () => {
  for (const s of ['Theo TTXVN', '(Reuters, AFP, Sputnik)', '(TASS)', 'Minh Anh', 'Thanh Tâm (Theo Reuters, AFP)', 'Hồng Hạnh/VOV.VN (Theo Reuters)', 'PV', 'VĨNH HÀ thực hiện']) {
    it(`"${s}" closes an article`, () => assert.ok(isSignOff(s)));
  }
  it('a sentence is not a sign-off', () => assert.ok(!isSignOff('Hai bên sẽ tiếp tục đàm phán trong thời gian tới để giải quyết bất đồng.')));
});

describe('clean: the outlet promoting itself', () => {
  for (const [line, rule] of [
    ['Theo dõi Tinmoi.vn trên', 'follow-us'],
    ['* Mời quý độc giả theo dõi các chương trình của Đài Truyền hình ABC trên trang web!', 'promo'],
    ['Bạn muốn trở thành hội viên của Báo XYZ?', 'promo'],
    ['Nguồn Báo XYZ: https://xyz.vn/bai-viet-123.html', 'source-url'],
  ] as const) {
    it(`"${line}" is removed as ${rule} and kept as a line naming the outlet`, () => {
      const doc = cleanText([...PROSE, '', line].join('\n'));
      assert.equal(doc.removed.find((r) => r.text?.trim() === line)?.rule, rule);
      assert.ok(doc.mastheads.some((m) => m.text === line));
    });
  }
  it('a sentence that mentions following the news is still prose', () => {
    const line = 'Người dân được khuyến cáo theo dõi thông tin chính thức trên các phương tiện truyền thông để chủ động phòng tránh thiên tai trong những ngày tới.';
    assert.ok(cleanText([...PROSE, line].join('\n')).blocks.some((b) => b.text === line));
  });
});

describe('clean: captions and layout told by shape', () => {
  const between = (line: string) => cleanText([PROSE[0], '', line, '', PROSE[1], '', PROSE[2]].join('\n'));

  it('takes one short sentence of who is pictured doing what for a caption', () => {
    for (const cap of ['Bộ trưởng Nguyễn Văn An phát biểu tại hội nghị.', 'Các đại biểu tham dự buổi lễ.', 'Quang cảnh phiên làm việc.', 'Lãnh đạo tỉnh trao quà cho các gia đình chính sách.']) {
      const doc = between(cap);
      assert.deepEqual(doc.captions.map((c) => c.text), [cap], cap);
      assert.equal(doc.blocks.length, 3, cap);
    }
  });

  it('takes a post and a name alone, with its full stop, for a caption', () => {
    assert.equal(ruleOf([PROSE[0], 'Thứ trưởng Bộ Ngoại giao Lê Minh Khang.', PROSE[1]].join('\n'), 'Thứ trưởng Bộ Ngoại giao Lê Minh Khang.'), 'scene-caption');
  });

  it('keeps prose of the same length: a tense, a negation, speech, a figure, a compound verb or a noun', () => {
    for (const line of [
      'Bộ trưởng đã phát biểu tại hội nghị.', 'Hà Nội chưa đưa ra bình luận về phát biểu của ông Kim.', 'Ông Minh cho biết đoàn sẽ thăm ba tỉnh.',
      'Viện nghiên cứu nhận định xung đột khó kết thúc sớm.', 'Tỉnh đề nghị sớm phân bổ vốn cho các dự án giao thông.', 'Các doanh nghiệp nhỏ tiếp cận nguồn vốn ưu đãi.',
    ]) {
      assert.equal(between(line).blocks.length, 4, line);
    }
  });

  it('keeps a subheading, which has no full stop', () => {
    const doc = between('Phó Thủ tướng kiểm tra tiến độ cao tốc');
    assert.equal(doc.blocks.length, 4);
  });

  it('never takes the lead for a caption', () => {
    const doc = cleanText(['Các đại biểu tham dự buổi lễ kỷ niệm.', '', PROSE[0], '', PROSE[1]].join('\n'));
    assert.ok(doc.blocks.some((b) => b.text.startsWith('Các đại biểu')));
  });

  it('takes the line above a bare credit for its caption', () => {
    const text = [PROSE[0], '', PROSE[1], '', 'Chủ tịch tỉnh nói chuyện với người dân vùng lũ trong chuyến công tác hôm 12/9', 'Ảnh: Minh Anh', '', PROSE[2]].join('\n');
    assert.equal(ruleOf(text, 'Chủ tịch tỉnh nói chuyện với người dân vùng lũ trong chuyến công tác hôm 12/9'), 'caption-above-credit');
  });

  it('takes a video\'s caption for a caption', () => {
    assert.equal(ruleOf([PROSE[0], 'Clip: Huấn luyện viên trả lời họp báo sau trận đấu.', PROSE[1]].join('\n'), 'Clip: Huấn luyện viên trả lời họp báo sau trận đấu.'), 'video-caption');
  });

  it('removes layout: table cells, lone pipes, blank braille cells, clock times, breadcrumbs', () => {
    const text = ['Trang chủThế giớiChâu Á', PROSE[0], '|', '| Một đoạn tóm tắt trong bảng bên cạnh bài viết về cùng sự kiện', '⠀', PROSE[1], '07:38', PROSE[2]].join('\n');
    const rules = Object.fromEntries(cleanText(text).removed.map((r) => [r.text!.trim(), r.rule]));
    assert.equal(rules['Trang chủThế giớiChâu Á'], 'breadcrumb');
    assert.equal(rules['|'], 'layout-residue');
    assert.equal(rules['⠀'], 'layout-residue');
    assert.equal(rules['| Một đoạn tóm tắt trong bảng bên cạnh bài viết về cùng sự kiện'], 'table-cell-text');
    assert.equal(rules['07:38'], 'clock-time');
    assert.equal(cleanText(text).blocks.length, 3);
  });

  it('removes an image named after the headline', () => {
    const head = 'Hai nước nhất trí mở rộng hợp tác kinh tế và thương mại';
    const text = [head, '', PROSE[0], '', `${head} - Ảnh 1.`, '', `${head}_fororder_anh2`, '', PROSE[1]].join('\n');
    assert.equal(ruleOf(text, `${head} - Ảnh 1.`), 'repeated-title-image');
    assert.equal(ruleOf(text, `${head}_fororder_anh2`), 'repeated-title-image');
  });
});

describe('clean: widgets, interface text and the headline printed again', () => {
  it('removes an ad label between paragraphs without ending the article', () => {
    const doc = cleanText([PROSE[0], '', 'Quảng cáo', '', PROSE[1], '', PROSE[2]].join('\n'));
    assert.equal(doc.blocks.length, 3);
    assert.equal(ruleOf([PROSE[0], '', 'Quảng cáo', '', PROSE[1]].join('\n'), 'Quảng cáo'), 'ad-label');
  });

  it('removes icon names, back-to-top links, English interface text and glued link lists', () => {
    const lines = ['viber-icon', 'TOP', 'Your browser does not support the audio element.', 'Hợp tác kênh Đảng là kim chỉ namTrường Đại học hỗ trợ sinh viên về quêGóp phần xây dựng nông thôn mới'];
    const text = [PROSE[0], ...lines, PROSE[1], PROSE[2]].join('\n');
    assert.deepEqual(lines.map((l) => ruleOf(text, l)), ['widget-name', 'widget-name', 'english-interface', 'glued-links']);
    assert.equal(cleanText(text).blocks.length, 3);
  });

  it('keeps English inside a Vietnamese sentence and a brand written in camel case', () => {
    const lines = ['Ông nói với báo chí: "This is not the end of the story", rồi rời phòng họp.', 'Công ty PetroVietnam cho biết sẽ mở rộng hoạt động tại khu vực này trong năm tới.'];
    assert.equal(cleanText([PROSE[0], ...lines, PROSE[1]].join('\n')).blocks.length, 4);
  });

  it('takes "(ảnh minh họa)" and a name with its post alone for captions', () => {
    const cap1 = 'Một doanh nghiệp khai thác đất vượt diện tích cho phép (ảnh minh họa).';
    const cap2 = 'Ông Trần Văn An - Ủy viên Bộ Chính trị, Trưởng ban Kinh tế Trung ương';
    const doc = cleanText([PROSE[0], '', cap1, '', PROSE[1], '', cap2, '', PROSE[2]].join('\n'));
    assert.deepEqual(doc.captions.map((c) => c.text), [cap1, cap2]);
  });

  it('removes the headline printed again with other spacing or quote marks', () => {
    const head = 'Iran cảnh báo Mỹ \'không ai an toàn\' nếu bùng nổ chiến tranh';
    const text = [head, '', PROSE[0], '', 'Iran cảnh báo Mỹ ‘không ai an toàn’ nếu  bùng nổ chiến tranh', '', PROSE[1]].join('\n');
    assert.equal(cleanText(text).headline?.text, head);
    assert.equal(cleanText(text).blocks.length, 2);
  });

  it('takes a first line printed twice for the headline, not the lead', () => {
    const head = 'Thủ tướng tiếp Đại sứ các nước trình Quốc thư, Chủ tịch Quốc hội dự lễ';
    const doc = cleanText([head, '', head.replace(' ', '  '), '', PROSE[0], '', PROSE[1]].join('\n'));
    assert.equal(doc.headline?.text.replace(/\s+/g, ' '), head);
    assert.deepEqual(doc.blocks.map((b) => b.text), [PROSE[0], PROSE[1]]);
  });

  it('keeps what follows the article\'s own dateline under the lead, and a "Tác giả:" sign-off', () => {
    const doc = cleanText(['Hai nước nhất trí mở rộng hợp tác kinh tế', '', PROSE[0], '', 'Thứ hai, 22/05/2023 08:41', 'Nguồn: TVPL', '', PROSE[1], '', 'Tác giả: Bảo An'].join('\n'));
    const body = doc.blocks.map((b) => b.text);
    assert.ok(body.includes('Nguồn: TVPL') && body.includes('Tác giả: Bảo An'), body.join(' | '));
  });
});

describe('clean: other stories and sign-offs under the article', () => {
  it('removes other stories listed with their dates, a login prompt, and a series label\'s other titles', () => {
    const text = ['Diễn đàn cấp cao về chuyển đổi số:', '', 'Định vị rõ hơn mục tiêu phát triển kinh tế số đến năm 2030', '', PROSE[0], '', 'Diễn đàn cấp cao về chuyển đổi số: Làm rõ các vấn đề trong kỷ nguyên mới', '', PROSE[1], '', PROSE[2], '', 'Chính phủ thông qua gói cải cách hưu trí mới cho người cao tuổi 07/08/2025', 'Bạn cần đăng nhập để thực hiện chức năng này!'].join('\n');
    const rules = Object.fromEntries(cleanText(text).removed.map((r) => [r.text!.trim(), r.rule]));
    assert.equal(rules['Diễn đàn cấp cao về chuyển đổi số: Làm rõ các vấn đề trong kỷ nguyên mới'], 'repeated-title-image');
    assert.equal(rules['Chính phủ thông qua gói cải cách hưu trí mới cho người cao tuổi 07/08/2025'], 'dated-headline');
    assert.equal(rules['Bạn cần đăng nhập để thực hiện chức năng này!'], 'login-prompt');
    assert.equal(cleanText(text).blocks.length, 3);
  });

  it('keeps a sentence ending with a date, a short credit under a sign-off and a letter\'s signature', () => {
    const doc = cleanText([PROSE[0], '', 'Hiệp định chính thức có hiệu lực từ ngày 01/08/2025.', '', PROSE[1], '', 'Mai Hằng', 'Chính phủ'].join('\n'));
    assert.deepEqual(doc.blocks.map((b) => b.text).slice(1), ['Hiệp định chính thức có hiệu lực từ ngày 01/08/2025.', PROSE[1], 'Mai Hằng', 'Chính phủ']);
    const letter = cleanText([PROSE[0], '', PROSE[1], '', 'Frank-Walter Steinmeier Tổng thống Cộng hòa Liên bang Đức'].join('\n'));
    assert.equal(letter.blocks.length, 3);
  });

  it('takes a caption opening with its photo label for a caption', () => {
    assert.equal(ruleOf([PROSE[0], 'Foto: Tổng thống phát biểu tại lễ kỷ niệm, Ảnh (tư liệu): AFP', PROSE[1]].join('\n'), 'Foto: Tổng thống phát biểu tại lễ kỷ niệm, Ảnh (tư liệu): AFP'), 'leading-photo-credit');
  });
});

describe('clean: the headline where the page gives no header', () => {
  it('takes the first line for the headline when long prose follows it, past its dateline', () => {
    const head = 'Bộ trưởng Nguyễn Văn An: “Những kết quả đạt được cho thấy ngành đang đi đúng hướng”';
    const doc = cleanText([head, '', 'Thứ Ba, 07/06/2022 17:34 (GMT+0)', '', PROSE[0], '', PROSE[1]].join('\n'));
    assert.equal(doc.headline?.text, head);
    assert.deepEqual(doc.datelines.map((d) => d.text), ['Thứ Ba, 07/06/2022 17:34 (GMT+0)']);
    assert.equal(doc.blocks.length, 2);
  });

  it('takes a long headline in capitals, not a short label in capitals', () => {
    const head = 'VIỆT NAM ĐƯỢC BẦU LÀM PHÓ CHỦ TỊCH ĐẠI HỘI ĐỒNG LIÊN HỢP QUỐC';
    assert.equal(cleanText(['TIN NỔI BẬT', '', head, '', PROSE[0], '', PROSE[1]].join('\n')).headline?.text, head);
  });

  it('never takes a lead with its full stop, a calendar bar in English or a dateline with its share bar', () => {
    assert.equal(cleanText([PROSE[0], '', PROSE[1], '', PROSE[2]].join('\n')).headline, null);
    const text = ['Wednesday, January 15, 2025', '- Thứ Sáu, 08/11/2019, 15:51 - Chia sẻ', '', PROSE[0], '', PROSE[1]].join('\n');
    assert.equal(ruleOf(text, 'Wednesday, January 15, 2025'), 'english-calendar');
    assert.equal(ruleOf(text, '- Thứ Sáu, 08/11/2019, 15:51 - Chia sẻ'), 'dateline');
  });

  it('keeps the article\'s dateline standing under its lead, not a teaser\'s', () => {
    const doc = cleanText(['Hai nước nhất trí mở rộng hợp tác kinh tế', '', PROSE[0], '', 'Thứ hai, 22/05/2023 08:41', 'Nguồn: TVPL'].join('\n'));
    assert.deepEqual(doc.datelines.map((d) => d.text), ['Thứ hai, 22/05/2023 08:41']);
  });
});

describe('clean: alternative texts signed with the site\'s name', () => {
  it('removes lines ending with the same site name, and keeps one such line alone', () => {
    const text = ['Đồng nhân dân tệ - Tin Tức Quốc Tế', PROSE[0], 'Quốc kỳ Liên minh châu Âu - Tin Tức Quốc Tế', PROSE[1], 'Hai bên đã ký thỏa thuận - Bộ Ngoại Giao', PROSE[2]].join('\n');
    assert.equal(ruleOf(text, 'Quốc kỳ Liên minh châu Âu - Tin Tức Quốc Tế'), 'site-suffixed-alt');
    assert.ok(cleanText(text).blocks.every((b) => !b.text.endsWith('Tin Tức Quốc Tế')));
    assert.equal(ruleOf(text, 'Hai bên đã ký thỏa thuận - Bộ Ngoại Giao'), undefined);
  });
});
