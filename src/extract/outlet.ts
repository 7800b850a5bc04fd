import type { OutletEntry } from '../config.ts';
import { stripDiacritics } from '../text/fold.ts';
import { LEAD_PREFIX } from './title.ts';

const key = (s: string) => stripDiacritics(s).toLowerCase().replace(/[^a-z0-9.&+]/g, '');

const indexes = new WeakMap<OutletEntry[], Map<string, OutletEntry>>();

/** Outlets by every spelling, built once per table. */
function outletIndex(outlets: OutletEntry[]): Map<string, OutletEntry> {
  let byName = indexes.get(outlets);
  if (!byName) {
    byName = new Map();
    for (const o of outlets) for (const n of [o.name, o.domain, ...o.aliases]) byName.set(key(n), o);
    indexes.set(outlets, byName);
  }
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
}): { outlet: string; evidence: string } | null {
  if (input.frontMatter) return { outlet: input.frontMatter, evidence: 'front matter' };
  if (input.folderOutlet) return { outlet: input.folderOutlet, evidence: 'site.config.ts folderOutlets' };
  const byName = outletIndex(input.outlets);
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
