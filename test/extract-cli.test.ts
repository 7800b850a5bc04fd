import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.ts';

describe('npm run --silent extract', () => {
  it('prints one JSON array of the documented shape for the five seeds, in order', () => {
    const files = ['000_a10ad76b1af9c316', '001_7d4ba3d2111d42c1', '002_0e93f6c069ef896a', '003_cdbb0bcf241d3574', '004_8e0f8740156a7686'].map((f) => `seeds/${f}.txt`);
    const out = JSON.parse(execFileSync('npm', ['run', '--silent', 'extract', '--', ...files], { cwd: ROOT, encoding: 'utf8' }));
    assert.ok(Array.isArray(out) && out.length === 5);
    out.forEach((o: Record<string, unknown>, i: number) => {
      assert.equal(o.file, files[i]);
      assert.ok(o.title === null || typeof o.title === 'string');
      assert.equal(typeof o.titleDerived, 'boolean');
      assert.ok(o.date === null || /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/.test(o.date as string));
      assert.ok([null, 'minute', 'day', 'month', 'year'].includes(o.datePrecision as string));
      assert.equal(typeof o.dateInferred, 'boolean');
      assert.ok(o.dateEvidence === null || typeof o.dateEvidence === 'string');
      assert.ok(o.outlet === null || typeof o.outlet === 'string');
      assert.ok(Array.isArray(o.agencies) && (o.agencies as unknown[]).every((a) => typeof a === 'string'));
      for (const p of o.officials as Record<string, unknown>[]) {
        assert.equal(typeof p.name, 'string');
        assert.ok(p.title === null || typeof p.title === 'string');
        assert.equal(typeof p.quoted, 'boolean');
        for (const q of p.quotes as Record<string, unknown>[]) assert.ok(typeof q.text === 'string' && typeof q.direct === 'boolean');
      }
      assert.ok((o.body as unknown[]).length > 0 && (o.body as unknown[]).every((b) => typeof b === 'string'));
      assert.ok(Array.isArray(o.captions));
      for (const r of o.removed as Record<string, unknown>[]) assert.ok(Number.isInteger(r.line) && typeof r.text === 'string' && typeof r.rule === 'string');
    });
  });
});

describe('npm run --silent extract -- --evidence', () => {
  it('says where each field was read: rule, line and text', () => {
    const [seed] = JSON.parse(execFileSync('npm', ['run', '--silent', 'extract', '--', '--evidence', 'seeds/001_7d4ba3d2111d42c1.txt'], { cwd: ROOT, encoding: 'utf8' }));
    assert.equal(seed.outlet, 'Kinh tế & Đô thị');
    assert.equal(seed.evidence.outlet.rule, 'lead-mark');
    assert.equal(seed.evidence.title.rule, 'headline');
    assert.equal(seed.evidence.title.text, seed.title);
    assert.ok(Number.isInteger(seed.evidence.title.line));
    assert.equal(seed.evidence.date.rule, 'inferred-date');
  });
});
