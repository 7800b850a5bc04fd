#!/usr/bin/env node
// Turns the committed labels (eval/labels/NAME.label.json: line labels, dates, names, addresses, no article
// sentences) and the rebuilt texts (.eval/NAME.txt) into gold files in the dev corpus's format
// (.eval/gold/NAME.gold.json), so `score.mjs` scores both sets the same way.
// Usage: node eval/build-gold.mjs [TEXTS_DIR (default .eval)]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const labelsDir = join(dirname(fileURLToPath(import.meta.url)), 'labels');
const texts = process.argv[2] ?? '.eval';
const goldDir = join(texts, 'gold');
const LABELS = new Set(['title', 'body', 'attribution', 'chrome', 'blank']);
// A quote is located by line and offset, so the gold's first words come from the text, not from the repo.
const QUOTE_WORDS = 6;

const problems = [];
const problem = (name, reason) => problems.push(`${name}: ${reason}`);

function quoteStart(lines, [line, col], name) {
  const text = lines[line - 1];
  if (text === undefined) return problem(name, `quote_at line ${line} does not exist`), null;
  const words = text.slice(col).trim().split(/\s+/).slice(0, QUOTE_WORDS);
  if (words.length < 2) problem(name, `quote_at ${line}:${col} starts fewer than two words`);
  return words.join(' ');
}

function toGold(name, label, buf) {
  const text = buf.toString('utf8');
  const lines = text.split('\n');
  if (lines.length !== label.line_count) problem(name, `text has ${lines.length} lines, labels say ${label.line_count}`);
  if (label.line_labels.length !== label.line_count) problem(name, `${label.line_labels.length} line labels for ${label.line_count} lines`);
  for (const [i, l] of label.line_labels.entries()) {
    if (!LABELS.has(l)) problem(name, `line ${i + 1}: unknown label ${l}`);
    if (l === 'blank' && lines[i]?.trim()) problem(name, `line ${i + 1} labelled blank is not blank`);
    if (l !== 'blank' && lines[i] !== undefined && !lines[i].trim()) problem(name, `blank line ${i + 1} labelled ${l}`);
  }
  const sha = createHash('sha256').update(buf).digest('hex');
  if (sha !== label.text_sha256) problem(name, 'text is not byte-exact');
  const t = label.title_line_number;
  if (t != null && label.line_labels[t - 1] !== 'title') problem(name, `title_line_number ${t} is not labelled title`);
  const officials = label.officials.map(({ quote_at = [], ...o }) => ({
    ...o, quote_starts: quote_at.map((at) => quoteStart(lines, at, name)).filter(Boolean),
  }));
  return { ...label, title: t == null ? null : lines[t - 1].trim(), officials };
}

mkdirSync(goldDir, { recursive: true });
let n = 0;
for (const f of readdirSync(labelsDir).filter((f) => f.endsWith('.label.json')).sort()) {
  const name = f.replace(/\.label\.json$/, '');
  const path = join(texts, `${name}.txt`);
  if (!existsSync(path)) { problem(name, `no text at ${path}`); continue; }
  const label = JSON.parse(readFileSync(join(labelsDir, f), 'utf8'));
  writeFileSync(join(goldDir, `${name}.gold.json`), JSON.stringify(toGold(name, label, readFileSync(path)), null, 1));
  n++;
}
for (const p of problems) console.log(p);
console.log(`${n} gold files written to ${goldDir}; ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
