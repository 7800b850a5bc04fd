import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers.ts';

const BODY = 'Sáng 12/3, đại diện hai nước đã ký thỏa thuận hợp tác phát triển điện gió ngoài khơi và điện mặt trời, mở ra cơ hội đầu tư mới cho các doanh nghiệp trong những năm tới.';
const MORE = 'Theo các chuyên gia, thỏa thuận này giúp hai bên tận dụng thế mạnh về công nghệ và nguồn vốn, đồng thời góp phần bảo đảm an ninh năng lượng trong dài hạn.';
const outletOf = (lines: string[]) => extractText('a.txt', lines.join('\n'));

describe('extract: the outlet, from what the page says of itself', () => {
  for (const [lead, outlet] of [
    [`(TNO) ${BODY}`, 'Thanh Niên'],
    [`SKĐS - ${BODY}`, 'Sức khỏe & Đời sống'],
    [`(KTSG Online) - ${BODY}`, 'Kinh tế Sài Gòn Online'],
    [`BienDong.Net: ${BODY}`, 'BienDong.Net'],
  ] as const) {
    it(`a mark opening the lead: "${lead.slice(0, 20)}…"`, () => {
      const a = outletOf([lead, '', MORE]);
      assert.equal(a.outlet, outlet);
      assert.equal(a.evidence.outlet?.rule, 'lead-mark');
    });
  }

  it('a credit line naming it after the agency: "(TTXVN/Vietnam+)"', () => {
    const a = outletOf([BODY, '', MORE, '', '(TTXVN/Vietnam+)']);
    assert.equal(a.outlet, 'VietnamPlus');
    assert.deepEqual(a.agencies, ['TTXVN'], 'the outlet crediting itself is not an agency, TTXVN is');
  });

  it('a source line with the outlet\'s domain, below the article', () => {
    assert.equal(outletOf([BODY, '', MORE, '', 'Nguồn Hà Nội TV: https://hanoitv.vn/tin-123.htm']).outlet, 'Hà Nội TV');
  });

  it('a follow line with its domain', () => {
    assert.equal(outletOf([BODY, '', MORE, '', 'Theo dõi Baoquocte.vn trên']).outlet, 'Thế giới & Việt Nam');
  });

  it('never guessed: a place, a city in capitals, an agency or a word opening the lead', () => {
    for (const lead of [`ĐÀ NẴNG - ${BODY}`, `Hà Nội: ${BODY}`, `SAIGON - ${BODY}`, `(TTXVN) - ${BODY}`, `(Reuters) ${BODY}`, `(Ukraina) - ${BODY}`, `Huế - ${BODY}`]) {
      assert.equal(outletOf([lead, '', MORE]).outlet, null, lead);
    }
  });

  it('a mark of a site the table does not know, named as the mark names it', () => {
    for (const [lead, outlet] of [[`(ABCD) ${BODY}`, 'ABCD'], [`(VNBD)-${BODY}`, 'VNBD'], [`VnMedia -- ${BODY}`, 'VnMedia'], [`(Vietpeace) ${BODY}`, 'Vietpeace']]) {
      const a = outletOf([lead!, '', MORE]);
      assert.equal(a.outlet, outlet, lead);
      assert.equal(a.evidence.outlet?.rule, 'lead-mark-unlisted');
    }
  });

  it('a mark without a space after its dash, and a known name inside the site\'s own promotion or logo', () => {
    assert.equal(outletOf([`ANTĐ -${BODY}`, '', MORE]).outlet, 'An ninh Thủ đô');
    assert.equal(outletOf([BODY, '', MORE, '', '* Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình Việt Nam trên TV Online!']).outlet, 'Đài Truyền hình Việt Nam');
    assert.equal(outletOf(['Logo báo điện tử Đảng Cộng sản Việt Nam', '', BODY, '', MORE]).outlet, 'Đảng Cộng sản Việt Nam');
  });

  it('a known outlet closing two picture or title lines signs the page; one such line may be a borrowed photo', () => {
    const signed = ['Cờ đỏ bay trên quảng trường - Sputnik Việt Nam', '', BODY, '', 'Tàu hàng cập cảng Hải Phòng - Sputnik Việt Nam', 'Sân bay quốc tế mới mở cửa - Sputnik Việt Nam', '', MORE];
    const a = outletOf(signed);
    assert.equal(a.outlet, 'Sputnik Việt Nam');
    assert.equal(a.evidence.outlet?.rule, 'self-signed');
    assert.equal(outletOf(['Cờ đỏ bay trên quảng trường | Báo Gia Lai', '', BODY, '', MORE]).outlet, null);
  });
});

describe('extract: the outlet table', () => {
  it('a text holding two known names is the longer one\'s, wherever each stands in it', async () => {
    const { outletTable } = await import('../../src/extract/outlet.ts');
    const table = outletTable([
      { name: 'Tuổi Trẻ', domain: 'tuoitre.vn', aliases: [] },
      { name: 'Tuổi Trẻ Thủ Đô', domain: 'tuoitrethudo.vn', aliases: ['Báo Tuổi Trẻ Thủ Đô'] },
      { name: 'Người Lao Động', domain: 'nld.com.vn', aliases: ['Báo Người Lao Động'] },
    ]);
    assert.equal(table.within('Chia sẻ bài viết của Tuổi Trẻ')?.name, 'Tuổi Trẻ');
    assert.equal(table.within('Tuổi Trẻ | Đọc báo Tuổi Trẻ Thủ Đô')?.name, 'Tuổi Trẻ Thủ Đô');
    assert.equal(table.within('Theo Tuổi Trẻ và báo Người Lao Động')?.name, 'Người Lao Động', 'the longest spelling is an alias');
    assert.equal(table.within('Tuổi Trẻo Thủ Đức'), undefined, 'whole words only');
  });
});
