import { wordCount } from '../text/patterns.ts';
import { TITLES } from '../text/titles.ts';

const SIGNATURE = new RegExp(String.raw`^(?:[\p{Lu}][\p{L}'-]*\s+){1,3}[\p{Lu}][\p{L}'-]*\s+(?:${TITLES.join('|')})(?:\s+[\p{L}&,-]+){0,8}$`, 'u');

/**
 * The name in a sign-off, without what may follow it: a credit in brackets ("Thanh Tâm (Theo
 * Reuters, AFP)"), the outlet after a slash ("Hồng Hạnh/VOV.VN"), what the reporter did ("VĨNH HÀ
 * thực hiện", "Minh Anh ghi"). The line itself when nothing is left.
 */
export function signOffName(line: string): string {
  const full = line.trim();
  return full.replace(/\s*\((?:theo|nguồn|tổng hợp|lược dịch|biên dịch)[^()]*\)\.?$/iu, '').replace(/\/[\p{L}.+]+$/u, '')
    .replace(/\s+(?:thực hiện|ghi|ghi chép|tổng hợp|lược dịch|biên dịch|phỏng vấn)\.?$/u, '').trim() || full;
}

/**
 * A sign-off or credit that closes an article: "Theo TTXVN", "(Reuters, AFP)", "PV",
 * "Tác giả: X", or a reporter's name.
 */
export function isSignOff(line: string): boolean {
  const full = line.trim();
  if (wordCount(full) > 12) return false;
  const l = signOffName(full);
  return /^\(?\s*(?:theo|nguồn|tổng hợp|lược dịch)\b/iu.test(l)
    || /^\([^()]{2,60}\)\.?$/.test(l)
    || /^(?:PV|CTV|BTV|Nhóm PV|Nhóm phóng viên)\b/u.test(l)
    // "Tác giả: Bảo An", "Phóng viên: Minh Anh" under the article.
    || /^(?:tác giả|phóng viên|bài và ảnh|bài, ảnh)\s*:\s*(?:[\p{Lu}][\p{L}.'-]*\s*){1,5}$/iu.test(l)
    // A letter's signature: the name, then the post ("Frank-Walter Steinmeier Tổng thống Cộng hòa Liên bang Đức").
    || SIGNATURE.test(l)
    || /^(?:[\p{Lu}][\p{L}.'-]*\s*){1,5}(?:\s*[-–(]\s*[\p{L} ]+\)?)?\.?$/u.test(l) && wordCount(l) <= 6;
}
