import { GLUED_PHOTO_WORD, LOWER } from '../text/patterns.ts';

const GLUED_CREDIT = new RegExp(String.raw`(?<=[${LOWER}])(?=${GLUED_PHOTO_WORD}\s*[:：])`, 'u');

/** A caption as readers see it: no table pipes, a glued credit set apart ("Thụy Điển. Ảnh: REUTERS"). */
export function captionText(line: string): string {
  const text = line.trim().replace(/^\|\s*/, '').replace(/\s*\|\s*$/, '').trim();
  const m = GLUED_CREDIT.exec(text);
  if (!m) return text;
  return `${text.slice(0, m.index).trimEnd()}. ${text.slice(m.index)}`;
}
