import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerptOf } from '../../src/render/index.ts';

describe('render: excerpts', () => {
  const paragraph = 'Ngoại trưởng Nga Sergey Lavrov cho biết cơ hội tiếp tục đàm phán phụ thuộc vào phản ứng của phương Tây.';

  it('keeps a short text whole, with its whitespace flattened', () => {
    assert.equal(excerptOf(`  ${paragraph}\n\n  Hết.  `), `${paragraph} Hết.`);
  });

  it('cuts a long text at a word before the limit, the same whatever follows the opening', () => {
    const text = `${paragraph}\n\n${paragraph}\n\n${paragraph}`;
    const excerpt = excerptOf(text);
    assert.ok(excerpt.length <= 221 && excerpt.endsWith('…') && !excerpt.includes('\n'), excerpt);
    assert.ok(text.replace(/\s+/g, ' ').startsWith(excerpt.slice(0, -1)), excerpt);
    // Whitespace runs long enough to push the cut past the opening that is read first.
    const spaced = `${paragraph.replace(/ /g, ' '.repeat(6))}\n\n${paragraph}\n\n${paragraph}`;
    assert.equal(excerptOf(spaced), excerpt);
  });
});
