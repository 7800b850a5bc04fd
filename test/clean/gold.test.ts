import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clean } from '../../src/clean/index.ts';
import { goldCases, goldLines, ingestText, norm } from '../helpers.ts';

/**
 * Every line a careful reader marked as article text is kept; every line marked as chrome is
 * removed with a named rule; captions are kept apart. Seeds and other outlets' page shapes.
 */
for (const set of ['seeds', 'outlets', 'unseen', 'unseen2'] as const) {
  describe(`clean: ${set}`, () => {
    for (const c of goldCases(set)) {
      it(c.name, () => {
        const doc = clean(ingestText(c.textPath, c.text));
        const body = doc.blocks.map((b) => norm(b.text));
        const joined = body.join('\n');
        for (const line of goldLines(c, ['body', 'attribution'])) {
          assert.ok(joined.includes(line), `body line lost: ${line.slice(0, 80)}`);
        }
        const bodyLines = goldLines(c, ['body', 'attribution']);
        for (const line of goldLines(c, ['chrome', 'title'])) {
          if (bodyLines.some((b) => b.startsWith(line))) continue;
          assert.ok(!body.includes(line) && !(line.length >= 25 && joined.includes(line)), `chrome leaked into the body: ${line.slice(0, 80)}`);
        }
        // Every removed line says which rule removed it, with its line number in the file.
        const fileLines = c.text.split('\n');
        for (const r of doc.removed) {
          assert.ok(r.rule.length > 0);
          assert.equal(fileLines[r.line! - 1], r.text, `removed line ${r.line} is not the file's line`);
        }
        for (const caption of c.gold.captions ?? []) {
          assert.ok(doc.captions.some((x) => norm(x.text) === norm(caption)), `caption missing: ${caption}`);
        }
      });
    }
  });
}
