import type { Article, ExtractRecord } from '../types.ts';

/** The `extract` command's view of an article (see the README for the contract). */
export function toRecord(file: string, a: Article): ExtractRecord {
  return {
    file,
    title: a.title,
    titleDerived: a.titleDerived,
    date: a.date,
    datePrecision: a.datePrecision,
    dateInferred: a.dateInferred,
    dateEvidence: a.dateEvidence,
    outlet: a.outlet,
    agencies: a.agencies,
    officials: a.officials,
    body: a.clean.blocks.map((b) => b.text),
    captions: a.clean.captions.map((c) => c.text),
    removed: a.clean.removed,
  };
}
