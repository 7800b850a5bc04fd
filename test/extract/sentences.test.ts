import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../../src/extract/sentences.ts';

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe('extract: sentences', () => {
  it('splits at a stop followed by a space and a capital, not inside a quotation', () => {
    assert.deepEqual(texts('Hai bên đã ký thỏa thuận. Ông nói: "Đây là bước đầu. Còn nhiều việc phải làm". Hội nghị kết thúc.'),
      ['Hai bên đã ký thỏa thuận.', 'Ông nói: "Đây là bước đầu. Còn nhiều việc phải làm".', 'Hội nghị kết thúc.']);
  });

  it('splits sentences a crawl glued together, but not abbreviations or initials', () => {
    assert.deepEqual(texts('Ông gửi lời chào nhân dịp nhậm chức.Bộ Ngoại giao cho biết như vậy.'), ['Ông gửi lời chào nhân dịp nhậm chức.', 'Bộ Ngoại giao cho biết như vậy.']);
    assert.equal(texts('Công an TP.HCM và Công an huyện H.Ia Grai đã phối hợp điều tra.').length, 1);
    assert.equal(texts('Ông Elbridge A. Colby đã tới Hà Nội.').length, 1);
  });
});
