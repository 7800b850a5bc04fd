/**
 * The shape of src/ that lets a newcomer change it without a map: stages import each other only
 * through their public entry (`src/<stage>/index.ts`), nothing imports in a cycle, and no file or
 * function is too long to read at once. Imports and functions are read with TypeScript's own parser.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { ROOT } from './helpers.ts';

const SRC = join(ROOT, 'src');
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.(ts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

const files = sourceFiles(SRC).sort();
const rel = (p: string) => relative(SRC, p).split('\\').join('/');

/** Every relative import of each file, resolved to a file of src/. */
const graph = new Map(files.map((f) => {
  const info = ts.preProcessFile(readFileSync(f, 'utf8'), true, true);
  const targets = info.importedFiles.map((i) => i.fileName).filter((n) => n.startsWith('.'))
    .map((n) => resolve(dirname(f), n)).filter((p) => p.startsWith(SRC + '/'));
  return [f, targets];
}));

/** The stage of a file: its folder under src/, or null for the shared files at the top. */
const stageOf = (p: string) => (rel(p).includes('/') ? rel(p).split('/')[0]! : null);
/** Shared by every stage: text helpers, and the top-level types, config and messages. */
const isShared = (p: string) => stageOf(p) === null || stageOf(p) === 'text';

/** Cross-stage imports that do not go through the other stage's public entry. */
function boundaryViolations(edges: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const [from, targets] of edges) {
    for (const to of targets) {
      const a = stageOf(from), b = stageOf(to);
      if (a === null || isShared(to) || a === b) continue;
      if (rel(to) !== `${b}/index.ts`) out.push(`${rel(from)} -> ${rel(to)}`);
    }
  }
  return out;
}

/** Import cycles, each as the files along it. */
function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    path.push(f);
    for (const t of edges.get(f) ?? []) {
      if (state.get(t) === 'open') found.push([...path.slice(path.indexOf(t)), t].map(rel));
      else if (!state.has(t)) visit(t);
    }
    path.pop();
    state.set(f, 'done');
  };
  for (const f of edges.keys()) if (!state.has(f)) visit(f);
  return found;
}

/** Functions (declarations, expressions, arrows, methods) longer than `max` lines. */
function longFunctions(file: string, max: number): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const walk = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > max) out.push(`${rel(file)}:${start + 1} (${end - start + 1} lines)`);
    }
    ts.forEachChild(node, walk);
  };
  walk(source);
  return out;
}

/** True when a pattern's source has a property escape (\\p{…}) outside a character class. */
function bareProperty(pattern: string): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { if (!inClass && /^[pP]\{/.test(pattern.slice(i + 1, i + 3))) return true; i++; continue; }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
  }
  return false;
}

/**
 * Pattern literals inside functions with a property escape outside a character class ("/^\\p{Lu}/u"):
 * the TypeScript runner (tsx, through esbuild) rewrites such a literal into `new RegExp(…)`, built
 * again at every call; written "/^[\\p{Lu}]/u" it stays a literal, made once.
 */
function patternsBuiltPerCall(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const walk = (node: ts.Node, inFunction: boolean) => {
    if (ts.isRegularExpressionLiteral(node) && inFunction && bareProperty(node.text.slice(1, node.text.lastIndexOf('/')))) {
      out.push(`${rel(file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.text}`);
    }
    ts.forEachChild(node, (child) => walk(child, inFunction || ts.isFunctionLike(node)));
  };
  walk(source, false);
  return out;
}

describe('architecture of src/', () => {
  it('reads the import graph (the check below has something to check)', () => {
    assert.ok(files.length > 30);
    assert.ok([...graph.values()].flat().length > 50);
  });

  it('stages import each other only through their public entry', () => {
    assert.deepEqual(boundaryViolations(graph), []);
  });

  it('no import cycle', () => {
    assert.deepEqual(cycles(graph), []);
  });

  it('the checks catch what they look for', () => {
    const a = join(SRC, 'site/model.ts'), b = join(SRC, 'extract/names.ts'), c = join(SRC, 'extract/index.ts');
    assert.deepEqual(boundaryViolations(new Map([[a, [b]]])), ['site/model.ts -> extract/names.ts']);
    assert.deepEqual(boundaryViolations(new Map([[a, [c]]])), []);
    assert.equal(cycles(new Map([[a, [b]], [b, [c]], [c, [a]]])).length, 1);
    const sample = 'const A = /^\\p{Lu}/u;\nconst f = (s: string) => /^\\p{Lu}/u.test(s) || /^[\\p{Lu}]\\[p{x}/u.test(s);\n';
    assert.deepEqual(patternsBuiltPerCall(join(SRC, 'sample.ts'), sample), ['sample.ts:2 /^\\p{Lu}/u']);
  });

  it('no pattern inside a function is built again at every call', () => {
    assert.deepEqual(files.filter((f) => f.endsWith('.ts')).flatMap((f) => patternsBuiltPerCall(f)), []);
  });

  it(`no file over ${MAX_FILE_LINES} lines`, () => {
    const long = files.filter((f) => readFileSync(f, 'utf8').split('\n').length > MAX_FILE_LINES).map(rel);
    assert.deepEqual(long, []);
  });

  it(`no function over ${MAX_FUNCTION_LINES} lines`, () => {
    assert.deepEqual(files.flatMap((f) => longFunctions(f, MAX_FUNCTION_LINES)), []);
  });
});
