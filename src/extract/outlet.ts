import type { OutletEntry } from '../config.ts';
import { stripDiacritics } from '../text/fold.ts';
import { evidence, type FieldExtractor } from './field.ts';
import { LEAD_PREFIX } from './title.ts';

const key = (s: string) => stripDiacritics(s).toLowerCase().replace(/[^a-z0-9.&+]/g, '');

/** Outlets by every spelling, and by the domain of any page address: built once, when extraction is compiled. */
export interface OutletTable {
  named(text: string | undefined): OutletEntry | undefined;
  /** The outlet whose domain (or a subdomain of it) the text's first address has. */
  byDomain(text: string): OutletEntry | undefined;
}

export function outletTable(outlets: OutletEntry[]): OutletTable {
  const byName = new Map<string, OutletEntry>();
  for (const o of outlets) for (const n of [o.name, o.domain, ...o.aliases]) byName.set(key(n), o);
  return {
    named: (text) => (text ? byName.get(key(text)) : undefined),
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
    const hit = byDomain(line) ?? named(line.replace(/^(?:nguồn tin|nguồn|theo|source)\s*:?\s*/iu, ''));
    if (hit) return found(hit, line, 'masthead');
  }
  for (const mark of input.lead ? LEAD_MARKS : []) {
    const m = mark.exec(input.lead!);
    const hit = m ? named(m[1]) ?? m[1]!.split('/').map((part) => named(part)).find(Boolean) : undefined;
    if (hit) return found(hit, m![0].trim(), 'lead-mark');
  }
  for (const line of input.credits) {
    const parts = CREDIT_LINE.exec(line)?.[1]?.split('/') ?? [SLASH_OUTLET.exec(line)?.[1]];
    const hit = parts.map((part) => named(part)).find(Boolean);
    if (hit) return found(hit, line, 'credit');
  }
  for (const line of input.datelines) {
    const hit = named(line.replace(/[\d/:.,|()\-–—]+/g, ' ').replace(/(?:GMT|cập nhật|thứ \S+|chủ nhật)/giu, ' ').trim());
    if (hit) return found(hit, line, 'dateline');
  }
  return null;
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
    const table = outletTable(config.outlets);
    return ({ doc, lead }) => {
      const found = findOutlet({
        frontMatter: doc.source.meta.outlet,
        folderOutlet: folderOutlet(doc.source.path, config.folderOutlets),
        mastheads: doc.mastheads.map((m) => m.text),
        lead,
        credits: doc.blocks.filter((b) => b.text.length <= 60).map((b) => b.text),
        datelines: doc.datelines.map((d) => d.text),
      }, table);
      if (!found) return { values: { outlet: null }, evidence: null };
      const line = [...doc.mastheads, ...doc.datelines, ...doc.blocks].find((m) => m.text === found.evidence)?.line;
      return { values: { outlet: found.outlet }, evidence: evidence(doc, found.rule, `the outlet as the page or the maintainer names it: ${found.evidence}`, { text: found.evidence, line }) };
    };
  },
};
