import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameKey } from '../../src/text/names.ts';
import { extractText, fold, goldCases } from '../helpers.ts';

/** Headline, date, outlet, agencies and officials against a careful reader's answers. */
for (const set of ['seeds', 'outlets', 'unseen', 'unseen2'] as const) {
  describe(`extract: ${set}`, () => {
    for (const c of goldCases(set)) {
      it(c.name, () => {
        const a = extractText(c.textPath, c.text);
        const g = c.gold;
        if (g.title) {
          assert.equal(fold(a.title ?? ''), fold(g.title));
          assert.equal(a.titleDerived, false);
        } else {
          assert.ok(a.title, 'a headline is derived when the page has none');
          assert.equal(a.titleDerived, true);
        }
        if (g.date) {
          assert.ok(a.date?.startsWith(g.date), `date ${a.date} does not match ${g.date}`);
          assert.equal(a.dateInferred, false);
        } else {
          assert.ok(a.date === null || a.dateInferred, `date ${a.date} given as stated when the text states none`);
        }
        if (g.outlet) assert.ok(fold(g.outlet).includes(fold(a.outlet ?? '—')), `outlet ${a.outlet} vs ${g.outlet}`);
        else assert.equal(a.outlet, null, 'no outlet is invented');
        const agencyKey = (s: string) => fold(s).replace(/^the /, '');
        assert.deepEqual(a.agencies.map(agencyKey).sort(), g.agencies.map(agencyKey).sort());
        const found = new Map(a.officials.map((o) => [nameKey(o.name), o]));
        assert.deepEqual([...found.keys()].sort(), g.officials.map((o) => nameKey(o.name)).sort());
        for (const o of g.officials) {
          const mine = found.get(nameKey(o.name))!;
          assert.equal(mine.quoted, o.quoted, `quoted flag of ${o.name}`);
          assert.ok(mine.title && fold(o.title).includes(fold(mine.title).split(' ')[0]!), `title of ${o.name}: ${mine.title} vs ${o.title}`);
        }
      });
    }
  });
}
