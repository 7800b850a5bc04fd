/** A person's identity across articles: the key their pages are grouped by. */
import { stripDiacritics } from './fold.ts';
import { memo } from './memo.ts';

/** Folded key of a name, for matching spellings ("Sergei Lavrov" ~ "Sergey Lavrov"). */
export const nameKey = memo(computeNameKey);

function computeNameKey(name: string): string {
  const words = stripDiacritics(name).toLowerCase().replace(/[^a-z ]/g, ' ').split(/\s+/).filter(Boolean);
  if (!words.length) return '';
  return words.length === 1 ? words[0]! : `${words[0]![0]}.${words[words.length - 1]}`;
}
