import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agencyTable, cueMatches, cuePatterns, findAgencies } from '../../src/extract/agencies.ts';
import { allMatches } from '../../src/text/patterns.ts';
import config from '../../site.config.ts';
import { goldCases } from '../helpers.ts';

const table = agencyTable(config.agencies);

describe('extract: agencies', () => {
  it('finds credits by pattern, canonical names, not photo credits', () => {
    assert.deepEqual(findAgencies(['Hãng tin Tass đưa tin như vậy.', 'Theo báo The Guardian, cuộc gặp sẽ diễn ra.', 'Trả lời phỏng vấn tờ Foreign Policy, ông nói.', 'Hai bên sẽ gặp nhau. (Reuters, AFP)'], table).sort(),
      ['AFP', 'Foreign Policy', 'Reuters', 'TASS', 'The Guardian']);
  });
  it('reads every known agency listed after a credit, and stops at what is not one', () => {
    assert.deepEqual(findAgencies(['Theo hãng thông tấn Nga RIA-Novosti và TASS, trong bài phát biểu sáng 24-2, ông Putin tuyên bố.'], table), ['RIA Novosti', 'TASS']);
    assert.deepEqual(findAgencies(['Theo Reuters, AFP và TASS, hai bên đã đạt thỏa thuận.'], table), ['Reuters', 'AFP', 'TASS']);
    assert.deepEqual(findAgencies(['Theo Reuters và Bộ Ngoại giao Nga, hai bên đã đạt thỏa thuận.'], table), ['Reuters']);
  });

  it('finds an organisation it has never seen by the noun before it', () => {
    assert.deepEqual(findAgencies(['Theo hãng tin Anadolu, giao tranh đã tạm lắng.'], table), ['Anadolu']);
  });
  it('is not fooled by "thông báo" or a country in parentheses', () => {
    assert.deepEqual(findAgencies(['Thứ trưởng thông báo Mỹ và Nga sẽ đàm phán tại Geneva (Thụy Sĩ).'], table), []);
  });
  it('reads a newspaper named at the start of a paragraph or inside parentheses', () => {
    assert.deepEqual(findAgencies(['Theo báo Nhân Dân, hội nghị kết thúc chiều qua.'], table), ['Nhân Dân']);
    assert.deepEqual(findAgencies(['Hội nghị kết thúc chiều qua (theo tờ Asahi Shimbun) sau hai ngày.'], table), ['Asahi Shimbun']);
  });
  it('finds a maintainer\'s spelling that starts in lower case after a preposition', () => {
    const own = agencyTable([{ name: 'Xinhua', aliases: ['tân hoa xã'] }]);
    assert.deepEqual(findAgencies(['Theo tân hoa xã, hai bên đã ký thỏa thuận.', 'Phát biểu với tân hoa xã, ông nói.'], own), ['Xinhua']);
  });
});

describe('extract: agency cues', () => {
  // One scan for the cue words stands in for a scan by each pattern: on every line of every
  // fixture, chrome included, each pattern must find exactly what it finds scanning alone.
  const lines = [...new Set((['seeds', 'outlets', 'unseen', 'unseen2'] as const)
    .flatMap((set) => goldCases(set).flatMap((c) => c.text.split(/\r?\n/))).filter(Boolean))];
  const tricky = [
    'Nói với báo Tuổi Trẻ, ông cho biết với Reuters rằng Reuters dẫn lời TASS.',
    '(theo Reuters)', 'theo tờ Nhật báo Phố Wall', 'theo Đài truyền hình CNN', 'Theo Theo Reuters',
    'cho biết với hãng tin AFP, hãng thông tấn Yonhap và tạp chí Time, theo tờ Time',
  ];

  it('finds, for each pattern, the matches its own global scan finds', () => {
    const patterns = cuePatterns(table).map((p) => new RegExp(p.source, 'gu'));
    assert.ok(lines.length > 300, `only ${lines.length} fixture lines`);
    let compared = 0;
    for (const line of [...lines, ...tricky]) {
      const found = cueMatches(line, table);
      patterns.forEach((global, k) => {
        const expected = allMatches(global, line).map((m) => `${m.index}:${m[0]}`);
        assert.deepEqual(found[k]!.map((m) => `${m.index}:${m[0]}`), expected, `pattern ${k} on: ${line}`);
        compared += expected.length;
      });
    }
    assert.ok(compared > 100, `only ${compared} matches compared`);
  });
});

describe('extract: agencies, newspapers and what is no agency', () => {
  const both = agencyTable(config.agencies, config.outlets.map((o) => ({ name: o.name, aliases: o.aliases })));

  it('takes a newspaper credited as a source, named as the article writes it', () => {
    assert.deepEqual(findAgencies(['Ông đã có cuộc trao đổi riêng với báo Dân trí về vụ việc.'], both), ['Dân trí']);
    assert.deepEqual(findAgencies(['Bản tin RFA ghi rằng hai nhà hoạt động đã bị bắt.'], both), ['RFA']);
  });

  it('takes a known name whole with its noun, without a country before it', () => {
    assert.deepEqual(findAgencies(['Thông tấn xã Việt Nam (TTXVN) sẽ tiếp tục cập nhật.'], both), ['TTXVN']);
    assert.deepEqual(findAgencies(['Theo hãng thông tấn Nga RIA Novosti, cuộc gặp đã diễn ra.'], both), ['RIA Novosti']);
    assert.deepEqual(findAgencies(['Hãng Kyodo của Nhật Bản đăng tải thông tin này.', 'Đài France Info cho biết như vậy.', 'Theo hãng tin France Info, phiên họp đã kết thúc.'], both).sort(), ['France Info', 'Kyodo']);
  });

  it('never takes a country, a platform, a desk\'s reporters, a date or a cut phrase for an agency', () => {
    assert.deepEqual(findAgencies([
      'Theo NHÓM PV/TTO', 'Theo thông cáo trên trang Facebook của chính phủ, lệnh cấm có hiệu lực.', 'Tạp chí Thế giới Đó đây tuần này bàn về khí hậu.',
      'Các nước đã họp kín (RFI, 25/03/2019).', 'Theo thông tấn xã Campuchia, lễ khai mạc diễn ra tối qua.',
    ], both).filter((a) => !['Tuổi Trẻ', 'TTO', 'RFI'].includes(a)), []);
  });

  it('reads the credit an agency mark opening the lead gives, and a credit beside the dateline', () => {
    assert.deepEqual(findAgencies(['TTXVN - Sáng 13-1, hai bên hội đàm tại Đại lễ đường Nhân dân.'], both, 'TTXVN - Sáng 13-1, hai bên hội đàm tại Đại lễ đường Nhân dân.'), ['TTXVN']);
    assert.deepEqual(findAgencies(['Theo TTXVN-Thứ năm, ngày 07/09/2023 07:13 GMT+7'], both), ['TTXVN']);
  });
});

describe('extract: newspapers by the shape of their names', () => {
  const both = agencyTable(config.agencies, config.outlets.map((o) => ({ name: o.name, aliases: o.aliases })));

  it('takes a name shaped like a newspaper\'s, wherever it is credited', () => {
    assert.deepEqual(findAgencies(['Theo Times of Israel, quốc vương đã lên án các hành động quân sự.', 'Hai tờ báo lớn "Bangkok Post" và "The Nation" dẫn số liệu của Bộ Thương mại.', 'Đài France Info trong tuần qua tìm hiểu nguyên nhân.'], both).sort(),
      ['Bangkok Post', 'France Info', 'The Nation', 'Times of Israel']);
  });

  it('reads a source line without a space after its colon', () => {
    assert.deepEqual(findAgencies(['Nguồn:Tân Hoa xã ,CRI Online'], both), ['Tân Hoa xã', 'CRI Online']);
  });

  it('takes no single word and no Vietnamese phrase for a newspaper', () => {
    assert.deepEqual(findAgencies(['Tờ báo này cho biết Post Office đã đóng cửa.', 'Dự án Nation Building được triển khai.'], both).filter((a) => a !== 'Post Office'), []);
  });
});
