/**
 * The hostile corpus: the committed fixtures of test/fixtures/hostile plus the inputs that are
 * generated rather than committed (binary, UTF-16, invalid bytes, 5 MB, links).
 */
import { cp, symlink, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.ts';
import { tempDir } from '../temp.ts';

const PROSE = 'Bộ Ngoại giao cho biết hai bên đã nhất trí tiếp tục đối thoại về các vấn đề an ninh trong khu vực trong thời gian tới.';

export async function makeHostileCorpus(): Promise<string> {
  const dir = join(await tempDir('hostile-'), 'seeds');
  await cp(join(FIXTURES, 'hostile'), dir, { recursive: true });
  // A PNG image saved under a text name.
  await writeFile(join(dir, 'image.txt'), Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4e90000000049454e44ae426082', 'hex'));
  // UTF-16 little-endian with its BOM.
  await writeFile(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Quốc hội khai mạc kỳ họp bất thường\n08/01/2022 08:00\n${PROSE}\nCác đại biểu sẽ thảo luận về chính sách tài khóa, tiền tệ hỗ trợ chương trình phục hồi kinh tế.\n`, 'utf16le')]));
  // Invalid UTF-8 bytes on line 3 of an otherwise good article.
  await writeFile(join(dir, 'invalid-utf8.txt'), Buffer.concat([
    Buffer.from(`Tàu vũ trụ hạ cánh an toàn xuống Trái Đất\n09/01/2022 06:00\n`),
    Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
    Buffer.from(` Con tàu chở ba nhà du hành đã hạ cánh an toàn sau sáu tháng làm việc trên trạm vũ trụ quốc tế.\n${PROSE}\n`),
  ]));
  // A 5 MB file of one line.
  await writeFile(join(dir, 'huge-single-line.txt'), `${PROSE} `.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(`${PROSE} `))));
  // Control characters XML forbids, and markup, in the fields a feed carries.
  await writeFile(join(dir, 'control-characters.md'), [
    '---', 'title: "Tin \\u0007nóng </title><script>alert(1)</script> & \\u001bđêm"', 'outlet: "Báo <b>Thời</b> & \\u0008Sự"', 'date: 2022-01-09', '---',
    '', 'Ủy ban nhân dân thành phố\u0001 đã họp bàn kế hoạch chống ngập cho mùa mưa năm nay, với ba dự án kè sông và hồ điều hòa mới ở các quận ven đô.', '',
  ].join('\n'));
  // A folder that links back to its parent, and a link to a file that is not there.
  await mkdir(join(dir, 'thu-muc'));
  await symlink(dir, join(dir, 'thu-muc', 'vong-lap'));
  await symlink(join(dir, 'khong-ton-tai.txt'), join(dir, 'unreadable.txt'));
  return dir;
}
