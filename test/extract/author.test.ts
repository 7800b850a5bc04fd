import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractText } from '../helpers.ts';

const PROSE = [
  'Tiêu đề bài viết về cuộc gặp thượng đỉnh khu vực',
  '',
  'Sáng 12/3, lãnh đạo các nước trong khu vực đã gặp nhau tại thủ đô để bàn về hợp tác kinh tế, an ninh năng lượng và các biện pháp ứng phó với biến đổi khí hậu trong những năm tới.',
  '',
  'Theo các nhà quan sát, cuộc gặp lần này diễn ra trong bối cảnh nhiều nền kinh tế đang chịu sức ép lạm phát và nhu cầu tìm kiếm nguồn cung mới cho thị trường trong nước ngày càng tăng.',
];
const authorOf = (lines: string[], path = 'a.txt') => extractText(path, lines.join('\n')).author;

describe('extract: author', () => {
  it('a reporter\'s sign-off closing the article', () => {
    assert.equal(authorOf([...PROSE, '', 'Thanh Hảo']), 'Thanh Hảo');
    assert.equal(authorOf([...PROSE, '', 'Nhóm PV']), 'Nhóm PV');
  });

  it('the name before a credit, an outlet or what the reporter did', () => {
    assert.equal(authorOf([...PROSE, '', 'Minh Anh (theo Reuters)']), 'Minh Anh');
    assert.equal(authorOf([...PROSE, '', 'Hồng Hạnh/VOV.VN']), 'Hồng Hạnh');
    assert.equal(authorOf([...PROSE, '', 'VĨNH HÀ thực hiện']), 'Vĩnh Hà');
  });

  it('never an agency or an outlet credited at the end', () => {
    assert.equal(authorOf([...PROSE, '', 'Theo TTXVN']), null);
    assert.equal(authorOf([...PROSE, '', '(Reuters)']), null);
    assert.equal(authorOf([...PROSE, '', 'Tân Hoa xã']), null);
    assert.equal(authorOf(PROSE), null);
  });

  it('the author box of the page header', () => {
    const a = extractText('a.txt', ['Tác giả: Hải An', '', ...PROSE].join('\n'));
    assert.equal(a.author, 'Hải An');
    assert.equal(a.evidence.author?.rule, 'author-box');
    assert.equal(a.evidence.author?.line, 1);
  });

  it('never a photographer: captions are not read', () => {
    assert.equal(authorOf([...PROSE.slice(0, 3), '', 'Toàn cảnh cuộc gặp tại thủ đô. Ảnh: Quang Minh', '', PROSE[4]!]), null);
  });

  it('front matter wins', () => {
    assert.equal(authorOf(['---', 'author: Lê Văn Bình', '---', ...PROSE, '', 'Thanh Hảo'], 'a.md'), 'Lê Văn Bình');
  });
});
