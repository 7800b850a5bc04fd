import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allMatches } from '../../src/text/patterns.ts';

describe('allMatches', () => {
  const text = 'Theo hãng tin Reuters, Bộ trưởng Ngoại giao Nga Sergei Lavrov nói với TASS hôm 27/12.';

  it('finds what matchAll finds, with groups and offsets', () => {
    const re = /(?:tin|với)\s+(\p{Lu}+)/gu;
    const ours = allMatches(re, text).map((m) => [m.index, m[0], m[1]]);
    const theirs = [...text.matchAll(re)].map((m) => [m.index, m[0], m[1]]);
    assert.deepEqual(ours, theirs);
    assert.deepEqual(ours.map((m) => m[2]), ['R', 'TASS']);
  });

  it('starts from the beginning whatever a previous search left in lastIndex', () => {
    const re = /\d+/g;
    re.lastIndex = text.length - 2;
    assert.deepEqual(allMatches(re, text).map((m) => m[0]), ['27', '12']);
    assert.deepEqual(allMatches(re, text).map((m) => m[0]), ['27', '12']);
  });

  it('ends on patterns that match the empty string, also past astral characters', () => {
    assert.equal(allMatches(/x*/gu, 'a😀b').length, 4);
    assert.deepEqual(allMatches(/(?=\p{Lu})/gu, 'Ông Lê').map((m) => m.index), [0, 4]);
  });

  it('refuses a pattern without the g flag, which would loop for ever', () => {
    assert.throws(() => allMatches(/\d+/u, text), /flag g/);
  });
});
