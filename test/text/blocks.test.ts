import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inBlocks } from '../../src/text/blocks.ts';

test('lines joined into blocks keep every character in order, each block but the last at least the size', () => {
  const lines = Array.from({ length: 5000 }, (_, i) => `{"dòng":${i},"lời":"${'chữ '.repeat(i % 40)}"}\n`);
  const blocks = [...inBlocks(lines, 4096)];
  assert.equal(blocks.join(''), lines.join(''));
  assert.ok(blocks.length > 10 && blocks.length < lines.length / 10, `${blocks.length} blocks`);
  assert.ok(blocks.slice(0, -1).every((b) => b.length >= 4096));
  assert.deepEqual([...inBlocks([])], []);
});
