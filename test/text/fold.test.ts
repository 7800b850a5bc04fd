import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldedWords, slugify, stripDiacritics } from '../../src/text/fold.ts';
import { goldCases } from '../helpers.ts';

/** The definition: decompose, drop the combining marks, đ -> d, recompose. */
const byDefinition = (text: string) =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');

describe('stripDiacritics', () => {
  it('folds Vietnamese text', () => {
    assert.equal(stripDiacritics('Đàm phán hòa bình ở Thủ đô Hà Nội'), 'Dam phan hoa binh o Thu do Ha Noi');
    assert.equal(stripDiacritics('Thượng nghị sĩ Nguyễn Thị Ngọc Thịnh'), 'Thuong nghi si Nguyen Thi Ngoc Thinh');
  });

  it('gives what the definition gives for every letter below U+2000, alone and between others', () => {
    for (let c = 0; c < 0x2000; c++) {
      const s = `ạ${String.fromCharCode(c)}b`;
      assert.equal(stripDiacritics(s), byDefinition(s), `U+${c.toString(16)}`);
    }
  });

  it('gives what the definition gives where letters and marks combine across characters', () => {
    for (const s of ['e\u0301 và ơ\u0303', 'Hàn \u1100\u1161', 'A\u20d7', 'Ωμέγα, Москва́', 'ﬁn ǅ Zürich', 'z\u0323\u0302']) {
      assert.equal(stripDiacritics(s), byDefinition(s), s);
    }
  });

  it('returns plain ASCII unchanged', () => {
    assert.equal(stripDiacritics('Reuters, AFP (2024)'), 'Reuters, AFP (2024)');
  });
});

describe('foldedWords', () => {
  /** The definition: folded, lower case, split on anything but a-z and 0-9. */
  const byDefinition = (text: string) => stripDiacritics(text).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join(' ');

  it('gives the words of Vietnamese text without case, marks or punctuation', () => {
    assert.equal(foldedWords('“Đàm phán” – hòa bình…  ở Thủ đô Hà Nội, 27/12/2021.'), 'dam phan hoa binh o thu do ha noi 27 12 2021');
  });

  it('gives what the definition gives for every character up to U+2100, between letters and alone', () => {
    for (let c = 0; c < 0x2100; c++) {
      for (const s of [`Hà${String.fromCharCode(c)}nội`, String.fromCharCode(c), ` ${String.fromCharCode(c)}đ`]) {
        assert.equal(foldedWords(s), byDefinition(s), `U+${c.toString(16)} in ${JSON.stringify(s)}`);
      }
    }
  });

  it('gives what the definition gives on whole articles and where characters combine', () => {
    const texts = (['seeds', 'outlets', 'unseen', 'unseen2'] as const).flatMap((set) => goldCases(set).map((c) => c.text));
    for (const s of [...texts, 'e\u0301 và ơ\u0303', 'Hàn \u1100\u1161', 'A\u20d7', 'Ωμέγα, Москва́', 'ﬁn ǅ Zürich', 'İstanbul \u212a', '北京 Tập Cận Bình']) {
      assert.equal(foldedWords(s), byDefinition(s), s.slice(0, 60));
    }
  });
});

describe('slugify', () => {
  it('makes a short lower-case slug on a word boundary', () => {
    assert.equal(slugify('Ngoại trưởng Nga & Mỹ gặp nhau'), 'ngoai-truong-nga-va-my-gap-nhau');
    assert.equal(slugify('Một hai ba bốn năm sáu bảy tám', 20), 'mot-hai-ba-bon-nam');
  });
});
