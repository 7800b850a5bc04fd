import type { OutletEntry } from '../config.ts';
import { stripDiacritics } from '../text/fold.ts';
import { evidence, type FieldExtractor } from './field.ts';
import { LEAD_PREFIX } from './title.ts';

const key = (s: string) => stripDiacritics(s).toLowerCase().replace(/[^a-z0-9.&+]/g, '');

/** Outlets by every spelling: built once, when extraction is compiled. */
export function outletIndex(outlets: OutletEntry[]): Map<string, OutletEntry> {
  const byName = new Map<string, OutletEntry>();
  for (const o of outlets) for (const n of [o.name, o.domain, ...o.aliases]) byName.set(key(n), o);
  return byName;
}

/**
 * The publisher, only from what the page says of itself: a masthead or source line naming a
 * known outlet or its domain, or the self-reference that opens the lead. Never a guess.
 */
export function findOutlet(input: {
  frontMatter?: string;
  folderOutlet?: string;
  mastheads: string[];
  lead: string | null;
  outlets: OutletEntry[];
  /** outletIndex(outlets). */
  byName: Map<string, OutletEntry>;
}): { outlet: string; evidence: string } | null {
  if (input.frontMatter) return { outlet: input.frontMatter, evidence: 'front matter' };
  if (input.folderOutlet) return { outlet: input.folderOutlet, evidence: 'site.config.ts folderOutlets' };
  const { byName } = input;
  for (const line of input.mastheads) {
    const domain = /(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org))/i.exec(line)?.[1]?.toLowerCase();
    if (domain) {
      const hit = input.outlets.find((o) => domain === o.domain || domain.endsWith(`.${o.domain}`));
      if (hit) return { outlet: hit.name, evidence: line };
    }
    const hit = byName.get(key(line.replace(/^(?:nguồn|theo|source)\s*:?\s*/iu, '')));
    if (hit) return { outlet: hit.name, evidence: line };
  }
  if (input.lead) {
    const m = LEAD_PREFIX.exec(input.lead);
    const hit = m ? byName.get(key(m[1]!)) : undefined;
    if (hit) return { outlet: hit.name, evidence: m![0].trim() };
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
    const byName = outletIndex(config.outlets);
    return ({ doc, lead }) => {
      const found = findOutlet({
        frontMatter: doc.source.meta.outlet,
        folderOutlet: folderOutlet(doc.source.path, config.folderOutlets),
        mastheads: doc.mastheads.map((m) => m.text),
        lead,
        outlets: config.outlets,
        byName,
      });
      if (!found) return { values: { outlet: null }, evidence: null };
      const masthead = doc.mastheads.find((m) => m.text === found.evidence);
      const rule = found.evidence === 'front matter' ? 'front-matter' : found.evidence.startsWith('site.config.ts') ? 'folder-outlet' : masthead ? 'masthead' : 'lead-prefix';
      return { values: { outlet: found.outlet }, evidence: evidence(doc, rule, `the outlet as the page or the maintainer names it: ${found.evidence}`, { text: found.evidence, line: masthead?.line }) };
    };
  },
};
