import matter from 'gray-matter';
import { META_KEYS, type MaintainerMeta } from '../types.ts';

export interface FrontMatterResult {
  meta: MaintainerMeta;
  /** Text after the front matter. */
  content: string;
  /** Lines the front matter took, so body line numbers stay those of the file. */
  lineOffset: number;
  problems: { line?: number; rule: string; message: string }[];
}

const FENCE = /^---[ \t]*$/;

/**
 * Reads a maintainer's YAML front matter. Only an opening `---` on line 1 with a closing `---`
 * counts: an unclosed fence would otherwise swallow the whole article.
 */
export function parseFrontMatter(text: string): FrontMatterResult {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { meta: {}, content: text, lineOffset: 0, problems: [] };
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (close < 0) {
    return {
      meta: {},
      content: text,
      lineOffset: 0,
      problems: [{ line: 1, rule: 'front-matter-unclosed', message: 'front matter opened with "---" on line 1 is never closed; the file is read as text. Add a closing "---" line.' }],
    };
  }
  const content = lines.slice(close + 1).join('\n');
  const lineOffset = close + 1;
  let data: Record<string, unknown>;
  try {
    // An options object turns off gray-matter's cache, which would hand back stale parses.
    data = matter(lines.slice(0, close + 1).join('\n') + '\n', { language: 'yaml' }).data as Record<string, unknown>;
  } catch (err) {
    const e = err as { mark?: { line?: number }; reason?: string; message?: string };
    const line = e.mark?.line !== undefined ? e.mark.line + 1 : undefined;
    const why = e.reason ?? String(e.message ?? err).split('\n')[0];
    return {
      meta: {},
      content,
      lineOffset,
      problems: [{ line, rule: 'front-matter-yaml', message: `invalid YAML${line ? ` at line ${line}` : ''}: ${why}; front matter ignored, fix the YAML to apply it` }],
    };
  }
  return { ...readMeta(data), content, lineOffset };
}

/** Copies only the known keys, as plain strings: `__proto__` and friends never reach an object. */
function readMeta(data: unknown): { meta: MaintainerMeta; problems: FrontMatterResult['problems'] } {
  const meta: MaintainerMeta = {};
  const problems: FrontMatterResult['problems'] = [];
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { meta, problems };
  const own = (key: string): unknown =>
    Object.prototype.hasOwnProperty.call(data, key) ? (data as Record<string, unknown>)[key] : undefined;
  for (const key of Object.keys(data)) {
    if (!Object.hasOwn(META_KEYS, key)) problems.push({ rule: 'front-matter-key', message: `unknown front matter key "${key}" ignored` });
  }
  const str = (v: unknown): string | undefined => {
    if (typeof v === 'string' && v.trim()) return v.trim().normalize('NFC');
    if (typeof v === 'number') return String(v);
    // YAML reads an unzoned timestamp as UTC, so the UTC fields are the time as written.
    if (v instanceof Date && !Number.isNaN(v.getTime())) {
      const iso = v.toISOString();
      return iso.slice(11, 16) === '00:00' ? iso.slice(0, 10) : iso.slice(0, 16);
    }
    return undefined;
  };
  const target = meta as Record<string, string | string[]>;
  for (const [key, kind] of Object.entries(META_KEYS)) {
    const v = own(key);
    const text = kind === 'text' ? str(v) : undefined;
    if (kind === 'list' && Array.isArray(v)) target[key] = v.map(str).filter((a): a is string => Boolean(a));
    else if (text) target[key] = text;
  }
  return { meta, problems };
}
