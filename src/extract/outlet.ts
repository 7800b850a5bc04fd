import type { AgencyEntry, OutletEntry } from '../config.ts';
import { stripDiacritics } from '../text/fold.ts';
import { evidence, type FieldExtractor } from './field.ts';
import { COUNTRY_NAMES, isVietnameseSyllable } from './names.ts';
import { LEAD_PREFIX } from './title.ts';

/** Folded words separated by single spaces, for finding a name inside a line. */
const wordsOf = (s: string) => stripDiacritics(s).toLowerCase().replace(/[^a-z0-9.&+]+/g, ' ').trim();
const key = (s: string) => stripDiacritics(s).toLowerCase().replace(/[^a-z0-9.&+]/g, '');

/** Outlets by every spelling, and by the domain of any page address: built once, when extraction is compiled. */
export interface OutletTable {
  named(text: string | undefined): OutletEntry | undefined;
  /** The outlet a line of the site's own names among other words ("… các chương trình của Đài Truyền hình Việt Nam …"). */
  within(text: string): OutletEntry | undefined;
  /** A credited agency's name ("TTXVN", "Reuters"): a mark that is not the outlet's. */
  isAgency(text: string): boolean;
  /** A country's name: a dateline, not a mark. */
  isPlace(text: string): boolean;
  /** The outlet whose domain (or a subdomain of it) the text's first address has. */
  byDomain(text: string): OutletEntry | undefined;
}

export function outletTable(outlets: OutletEntry[], agencies: AgencyEntry[] = []): OutletTable {
  const byName = new Map<string, OutletEntry>();
  for (const o of outlets) for (const n of [o.name, o.domain, ...o.aliases]) byName.set(key(n), o);
  // Names of two words or more only: a short mark inside a sentence may be any word ("TP", "VOV").
  const spelled = outlets.flatMap((o) => [o.name, ...o.aliases].filter((n) => n.includes(' ')).map((n) => [wordsOf(n), o] as const))
    .sort((a, b) => b[0].length - a[0].length);
  // Each spelling by its first word: a text is tried only against the spellings its words may start.
  const byFirstWord = new Map<string, number[]>();
  spelled.forEach(([spelling], k) => {
    const first = spelling.split(' ')[0]!;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), k]);
  });
  const agencyKeys = new Set(agencies.flatMap((a) => [a.name, ...a.aliases]).map(key));
  const countries = new Set([...COUNTRY_NAMES].map(key));
  return {
    named: (text) => (text ? byName.get(key(text)) : undefined),
    within: (text) => {
      const words = ` ${wordsOf(text)} `;
      // The longest spelling the text holds (the first of `spelled`), as a scan of them all would find.
      let best = spelled.length;
      for (const w of new Set(words.split(' '))) {
        for (const k of byFirstWord.get(w) ?? []) if (k < best && words.includes(` ${spelled[k]![0]} `)) best = k;
      }
      return spelled[best]?.[1];
    },
    isAgency: (text) => agencyKeys.has(key(text)),
    isPlace: (text) => countries.has(key(text)),
    byDomain: (text) => {
      const domain = DOMAIN.exec(text)?.[1]?.toLowerCase();
      return domain ? outlets.find((o) => domain === o.domain || domain.endsWith(`.${o.domain}`)) : undefined;
    },
  };
}

/** A mark of the outlet opening the lead: "(TNO) ", "TTO - ", "(KTSG Online) - ", "BienDong.Net: ". */
const LEAD_MARKS = [
  /^\(\s*([^()]{2,30}?)\s*\)\s*[-–—:]?\s*/u,
  LEAD_PREFIX,
  /^([\p{L}\p{N}&+]+\.[\p{L}]{2,4}):\s+/u,
];
/** A whole line that is a credit in brackets, the outlet's own among them: "(Vietnam+)", "(TTXVN/Vietnam+)". */
const CREDIT_LINE = /^\(\s*([^()]{2,40}?)\s*\)\.?$/u;
/** A sign-off naming its outlet after a slash: "Hồng Hạnh/VOV.VN". */
const SLASH_OUTLET = /\/\s*([\p{L}\p{N}.&+ ]{2,30}?)\s*(?:\([^()]*\))?\.?$/u;
const DOMAIN = /(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org))/i;

export interface OutletInput {
  frontMatter?: string;
  folderOutlet?: string;
  mastheads: string[];
  lead: string | null;
  /** The body's short lines that may be sign-offs or credits. */
  credits: string[];
  datelines: string[];
  /** Short lines of the page, the removed ones among them, that may end with the site's own name. */
  signed: string[];
}

/**
 * The publisher, only from what the page says of itself, in order of trust: the maintainer, the
 * folder, a masthead or source line naming a known outlet or its domain, the mark that opens the
 * lead, a credit or sign-off naming it, a dateline beside its name. Only outlets of the table
 * count: a mark the table does not know is never guessed into an outlet.
 */
export function findOutlet(input: OutletInput, table: OutletTable): { outlet: string; evidence: string; rule: string } | null {
  if (input.frontMatter) return { outlet: input.frontMatter, evidence: 'front matter', rule: 'front-matter' };
  if (input.folderOutlet) return { outlet: input.folderOutlet, evidence: 'site.config.ts folderOutlets', rule: 'folder-outlet' };
  const { named, byDomain } = table;
  const found = (o: OutletEntry | undefined, evidence: string, rule: string) => (o ? { outlet: o.name, evidence, rule } : null);
  for (const line of input.mastheads) {
    const hit = byDomain(line) ?? named(line.replace(/^(?:nguồn tin|nguồn|theo|source|logo)\s*:?\s*/iu, '')) ?? table.within(line);
    if (hit) return found(hit, line, 'masthead');
  }
  for (const mark of input.lead ? LEAD_MARKS : []) {
    const m = mark.exec(input.lead!);
    const hit = m ? named(m[1]) ?? m[1]!.split('/').map((part) => named(part)).find(Boolean) : undefined;
    if (hit) return found(hit, m![0].trim(), 'lead-mark');
  }
  for (const line of input.credits) {
    // "Theo NHÓM PV/TTO" credits where the story came from, not who publishes it here.
    if (/^theo\s/iu.test(line)) continue;
    const parts = CREDIT_LINE.exec(line)?.[1]?.split('/') ?? [SLASH_OUTLET.exec(line)?.[1]];
    const hit = parts.map((part) => named(part)).find(Boolean);
    if (hit) return found(hit, line, 'credit');
  }
  for (const line of input.datelines) {
    const hit = named(line.replace(/[\d/:.,|()\-–—]+/g, ' ').replace(/(?:GMT|cập nhật|thứ \S+|chủ nhật)/giu, ' ').trim());
    if (hit) return found(hit, line, 'dateline');
  }
  const signed = selfSigned(input.signed, table);
  if (signed) return found(signed.outlet, signed.line, 'self-signed');
  return unlistedMark(input.lead, table);
}

/** What follows a line's last " - " or " | ": where a site puts its own name after a picture's or a page's title. */
const SIGNATURE = /\s[-–|]\s+([^-–|]{2,40})$/u;

/**
 * A site signs its pictures and page titles with its name ("Quốc kỳ … - Sputnik Việt Nam"). One
 * such line may credit another site's photo; the same known outlet closing two lines is the page's own.
 */
function selfSigned(lines: string[], table: OutletTable): { outlet: OutletEntry; line: string } | null {
  const seen = new Map<OutletEntry, string>();
  for (const line of lines) {
    const name = SIGNATURE.exec(line)?.[1];
    const hit = name ? table.named(name) : undefined;
    if (!hit) continue;
    if (seen.has(hit)) return { outlet: hit, line: seen.get(hit)! };
    seen.set(hit, line);
  }
  return null;
}

/**
 * A site's own mark opening the lead that the table does not know ("(DNVN)-", "VnMedia --"): one
 * word with capitals inside, no place, no agency. The outlet is named as the mark names itself.
 */
const OWN_MARK = /^(?:\(\s*([\p{L}\p{N}.&+]{3,20})\s*\)\s*[-–—]{0,2}|([\p{L}\p{N}.&+]{3,20})\s*[-–—]{1,2})\s*(?=[\p{Lu}"“])/u;
/** "SAIGON", "HANOI": a word written in capitals (a dateline's city) has the vowels an acronym lacks. */
function isWordInCapitals(mark: string): boolean {
  const vowels = (mark.match(/[AEIOUY]/g) ?? []).length;
  return mark === mark.toUpperCase() && mark.length >= 5 && vowels / mark.length > 0.3;
}

function unlistedMark(lead: string | null, table: OutletTable): { outlet: string; evidence: string; rule: string } | null {
  const m = lead ? OWN_MARK.exec(lead) : null;
  const mark = m?.[1] ?? m?.[2];
  // A mark is an acronym or a brand (a capital inside, or no Vietnamese syllable); a word of the language is not.
  const brand = /^.+[\p{Lu}]/u.test(mark ?? '') || !isVietnameseSyllable(mark ?? '');
  if (!mark || !/^[\p{Lu}]/u.test(mark) || !brand || table.isAgency(mark) || table.isPlace(mark) || isWordInCapitals(mark)) return null;
  return { outlet: mark, evidence: m![0].trim(), rule: 'lead-mark-unlisted' };
}

/** The folder setting that applies to a file: the longest folder prefix of its path. */
function folderOutlet(path: string, folders: Record<string, string>): string | undefined {
  const hit = Object.keys(folders)
    .filter((f) => path === f || path.startsWith(`${f.replace(/\/+$/, '')}/`))
    .sort((a, b) => b.length - a.length)[0];
  return hit ? folders[hit] : undefined;
}

/** The publisher: front matter, the folder's setting, then only what the page says of itself. */
export const outletField: FieldExtractor<'outlet'> = {
  fields: ['outlet'],
  compile: (config) => {
    const table = outletTable(config.outlets, config.agencies);
    return ({ doc, lead }) => {
      const found = findOutlet({
        frontMatter: doc.source.meta.outlet,
        folderOutlet: folderOutlet(doc.source.path, config.folderOutlets),
        mastheads: doc.mastheads.map((m) => m.text),
        lead,
        credits: doc.blocks.filter((b) => b.text.length <= 60).map((b) => b.text),
        datelines: doc.datelines.map((d) => d.text),
        signed: [...doc.captions.map((c) => c.text), ...doc.removed.map((r) => r.text ?? '')].filter((t) => t.length <= 200),
      }, table);
      if (!found) return { values: { outlet: null }, evidence: null };
      const line = [...doc.mastheads, ...doc.datelines, ...doc.blocks, ...doc.captions, ...doc.removed].find((m) => m.text === found.evidence)?.line;
      return { values: { outlet: found.outlet }, evidence: evidence(doc, found.rule, `the outlet as the page or the maintainer names it: ${found.evidence}`, { text: found.evidence, line }) };
    };
  },
};
