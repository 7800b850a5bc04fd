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

  it('never guessed: a mark the table does not know, or a place opening the lead', () => {
    assert.equal(outletOf([`(ABCD) ${BODY}`, '', MORE]).outlet, null);
    assert.equal(outletOf([`ĐÀ NẴNG - ${BODY}`, '', MORE]).outlet, null);
    assert.equal(outletOf([`Hà Nội: ${BODY}`, '', MORE]).outlet, null);
  });
});
