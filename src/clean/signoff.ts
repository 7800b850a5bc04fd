import { wordCount } from '../text/patterns.ts';

/**
 * A sign-off or credit that closes an article: "Theo TTXVN", "(Reuters, AFP)", "PV",
 * or a reporter's name.
 */
export function isSignOff(line: string): boolean {
  const full = line.trim();
  if (wordCount(full) > 12) return false;
  // "Thanh Tâm (Theo Reuters, AFP)", "Hồng Hạnh/VOV.VN (tổng hợp)": a name with its credit.
  const l = full.replace(/\s*\((?:theo|nguồn|tổng hợp|lược dịch|biên dịch)[^()]*\)\.?$/iu, '').replace(/\/[\p{L}.+]+$/u, '')
    // "VĨNH HÀ thực hiện", "Minh Anh ghi": a reporter's name and what they did.
    .replace(/\s+(?:thực hiện|ghi|ghi chép|tổng hợp|lược dịch|biên dịch|phỏng vấn)\.?$/u, '').trim() || full;
  return /^\(?\s*(?:theo|nguồn|tổng hợp|lược dịch)\b/iu.test(l)
    || /^\([^()]{2,60}\)\.?$/.test(l)
    || /^(?:PV|CTV|BTV|Nhóm PV|Nhóm phóng viên)\b/u.test(l)
    || /^(?:[\p{Lu}][\p{L}.'-]*\s*){1,5}(?:\s*[-–(]\s*[\p{L} ]+\)?)?\.?$/u.test(l) && wordCount(l) <= 6;
}
