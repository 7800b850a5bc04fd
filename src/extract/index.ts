import type { SiteConfig } from '../config.ts';
import { stripDiacritics } from '../text/fold.ts';
import type { Article, CleanDocument } from '../types.ts';
import { agencyTable, findAgencies } from './agencies.ts';
import { findDate } from './date.ts';
import { findOfficials } from './officials.ts';
import { findOutlet } from './outlet.ts';
import { deriveTitle } from './title.ts';

export type ExtractConfig = Pick<SiteConfig, 'outlets' | 'agencies' | 'knownPeople' | 'folderOutlets'>;

/** The folder setting that applies to a file: the longest folder prefix of its path. */
function folderOutlet(path: string, folders: Record<string, string>): string | undefined {
  const hit = Object.keys(folders)
    .filter((f) => path === f || path.startsWith(`${f.replace(/\/+$/, '')}/`))
    .sort((a, b) => b.length - a.length)[0];
  return hit ? folders[hit] : undefined;
}

const fold = (s: string) => stripDiacritics(s).toLowerCase().replace(/[^a-z0-9+]/g, '');

const spellingSets = new WeakMap<ExtractConfig['outlets'], Map<string, Set<string>>>();

/** The folded spellings of an outlet's name, built once per outlet and table. */
function outletSpellings(name: string | null, outlets: ExtractConfig['outlets']): Set<string> {
  if (!name) return new Set();
  let byName = spellingSets.get(outlets);
  if (!byName) { byName = new Map(); spellingSets.set(outlets, byName); }
  let set = byName.get(name);
  if (!set) {
    const entry = outlets.find((o) => o.name === name);
    set = new Set([name, ...(entry ? [entry.domain, ...entry.aliases] : [])].map(fold));
    byName.set(name, set);
  }
  return set;
}

/** Headline, date, outlet, agencies and officials of one cleaned article. Front matter wins. */
export function extract(doc: CleanDocument, config: ExtractConfig): Article {
  const meta = doc.source.meta;
  const paragraphs = doc.blocks.map((b) => b.text);
  const lead = doc.blocks.find((b) => b.kind === 'paragraph')?.text ?? null;

  let title = meta.title ?? doc.headline?.text ?? null;
  let titleDerived = false;
  if (!title && lead) {
    title = deriveTitle(lead);
    titleDerived = title !== null;
  }

  const date = findDate({
    frontMatter: meta.date,
    datelines: doc.datelines.map((d) => d.text),
    crawlDate: doc.source.crawlDate,
    text: [...paragraphs, ...doc.captions.map((c) => c.text)],
  });

  const outlet = findOutlet({
    frontMatter: meta.outlet,
    folderOutlet: folderOutlet(doc.source.path, config.folderOutlets),
    mastheads: doc.mastheads.map((m) => m.text),
    lead,
    outlets: config.outlets,
  });

  const table = agencyTable(config.agencies);
  // An outlet crediting itself ("(TTXVN/Vietnam+)" on VietnamPlus) is not a source it cites.
  const own = outletSpellings(outlet?.outlet ?? null, config.outlets);
  const agencies = meta.agencies
    ? meta.agencies.map((a) => table.canonical(a) ?? a)
    : findAgencies(paragraphs, table).filter((a) => !own.has(fold(a)));

  return {
    source: doc.source,
    clean: doc,
    title,
    titleDerived,
    date: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    dateInferred: date?.inferred ?? false,
    dateEvidence: date?.evidence ?? null,
    outlet: outlet?.outlet ?? null,
    agencies,
    officials: findOfficials(paragraphs, doc.captions.map((c) => c.text), config.knownPeople),
  };
}
