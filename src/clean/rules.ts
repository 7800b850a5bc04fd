/**
 * Line rules of the clean stage, as data. Each says what it matches, what the line becomes,
 * and why. `anywhere` rules match shapes that are never article prose; `outside` rules match
 * shapes that are chrome only in the page header or after the article has ended (a short
 * label there, a subheading inside the body).
 */
import { TITLES } from '../text/titles.ts';
import { ENGLISH_DATE, hasGluedLinks, isEnglishInterface, isSceneCaption, repeatsEarlierLine, sharesSiteSuffix } from './shapes.ts';
import {
  DATE_TIME_RUN, GLUED_PHOTO_WORD, PHOTO_WORD, RELATIVE_TIME, TIME, UPPER, LOWER, wordCount, endsLikeSentence,
} from '../text/patterns.ts';

/** What a line is, when a rule names it; clean/assign.ts says where each role's lines are kept. */
export type RuleRole = 'chrome' | 'caption' | 'dateline' | 'masthead' | 'byline';

export interface LineContext {
  /** Trimmed lines of the document. */
  lines: readonly string[];
  index: number;
  /** The nearest non-blank lines before and after ('' at the ends). */
  prev: string;
  next: string;
  /** Words in the line, counted once: most rules ask. */
  words: number;
}

export interface LineRule {
  name: string;
  reason: string;
  role: RuleRole;
  /** anywhere; outside the article (header and trailer); or only once the article has begun. */
  scope: 'anywhere' | 'outside' | 'body';
  /** Longer lines are never this shape: the rule is not even tried on them. */
  maxChars?: number;
  /** Its lines are kept by role wherever they stand, not only in the page header (a source line under the article). */
  marksAnywhere?: true;
  /**
   * It reads the lines around the line (`prev`, `next`, `lines`), not only the line and its word
   * count: its answer for a line is never remembered (clean/table.ts, compileLineRules).
   */
  neighbours?: true;
  test(line: string, ctx: LineContext): boolean;
}

/** Labels of widgets that end an article when they follow it ("Đọc nhiều", "Tin mới"). */
export const PAGE_END_LABELS = String.raw`(?:đọc nhiều(?: nhất)?|xem nhiều(?: nhất)?|tin (?:mới|mới nhất|nổi bật|nóng|hay|khác|đọc nhiều|xem nhiều|ảnh|video|cùng chuyên mục|cùng chủ đề|tài trợ)|các tin khác|tin tức khác|mới nhất|nổi bật|đừng bỏ lỡ|có thể bạn quan tâm|bạn có thể quan tâm|có thể bạn muốn xem|cùng chuyên mục|cùng chủ đề|chủ đề nóng|tiêu điểm|sự kiện nóng|video nổi bật|video đang xem nhiều|nội dung tài trợ|bình chọn|thăm dò ý kiến|tin bài khác|bài viết khác|bài đọc nhiều|tin tiêu điểm|tin 24h|multimedia|emagazine|infographics?|podcast|hỏi đáp thông minh|(?:bài|tin)?\s*cùng tác giả|bài viết mới|tin xem nhiều|video hot|tin khác cùng chuyên mục|có thể bạn chưa đọc|tin đọc thêm|bài đọc thêm|tin bài đã đưa|tin đã đưa|các bài đã đăng|tin trong ngày|tin nóng 24h|cùng danh mục|tin tổng hợp|tin theo ngày|xem tiếp|bài mới đăng|bài mới|tin tức mới)`;
/** Labels of related-story boxes, which may also stand inside an article. */
export const RELATED_LABELS = String.raw`(?:tin liên quan|bài liên quan|bài viết liên quan|tin bài liên quan|xem thêm|đọc thêm|theo dòng sự kiện|dòng sự kiện|liên quan)`;

const label = (alternatives: string) => new RegExp(String.raw`^(?:${alternatives})\s*[:>»›]*\s*$`, 'iu');
const PAGE_END = label(PAGE_END_LABELS);
const RELATED = label(RELATED_LABELS);

// A run of digits is one word: when runs could split, each date line ("14/10/2022 06:55") backtracked
// through every split before failing.
const SHARE_WORD = String.raw`(?:chia sẻ|share|like|thích|tweet|facebook|fb|zalo|twitter|x|email|e-mail|gửi email|in|in bài|in bài viết|print|copy link|sao chép|sao chép liên kết|sao chép link|gửi bài|gửi|lưu|lưu bài|lưu tin|lưu bài viết|bookmark|quan tâm|theo dõi|nghe|nghe bài viết|đọc bài|tải xuống|bình luận|\d+(?!\d))`;
const ACCOUNT_WORD = String.raw`(?:logo|đăng ký(?: ấn phẩm| nhận tin| tài khoản)?|đăng nhập|đăng xuất|tài khoản|trang chủ|menu|tìm kiếm|english|tiếng việt|liên hệ|liên hệ quảng cáo|đặt báo|đặt mua báo|tòa soạn|rss|hotline|thông báo|ứng dụng|tải app|premium|báo in|báo giấy|e-paper|epaper|video|podcast|góc nhìn|home)`;

/** Photo credit at the end of a line, also glued to the caption's last word ("Thụy ĐiểnẢnh: REUTERS"). */
export const TRAILING_PHOTO_CREDIT = new RegExp(
  String.raw`(?:(?:^|[\s(\[.,;\-–—|])\(?\s*${PHOTO_WORD}|(?<=[${LOWER}])${GLUED_PHOTO_WORD})\s*[:：]\s*[^():]{1,60}?\)?[.\s]*\|?\s*$`, 'u');
/** "(Nguồn: Reuters)" at the end of a line: a credit, for a photo when the line is a caption. */
const TRAILING_SOURCE_CREDIT = /\(\s*(?:nguồn|source)\s*:\s*[^():]{1,50}\)[.\s]*\|?\s*$/iu;

/** A line that opens with a post and a capitalised name: "Tổng thống Hàn Quốc Yoon Suk-yeol ...". */
const PICTURED_PERSON = new RegExp(String.raw`^(?:${TITLES.join('|')})(?:\s+[\p{Lu}][\p{L}-]*){1,6}\s+[\p{Ll}]`, 'u');

const HEADLINE_LIST_ITEM = new RegExp(String.raw`^[-*•+·]\s+.{8,}\(\s*(?:${TIME}|${RELATIVE_TIME}|[0-3]?\d\/[01]?\d(?:\/\d{2,4})?(?:\s+${TIME})?)\s*\)\s*$`, 'u');
const RELATIVE_TIME_LINE = new RegExp(String.raw`^\(?${RELATIVE_TIME}\)?$`, 'iu');
const SHARE_LINE = new RegExp(String.raw`^${SHARE_WORD}(?:\s*[|·•/,]?\s*${SHARE_WORD})*$`, 'iu');
const ACCOUNT_LINE = new RegExp(String.raw`^${ACCOUNT_WORD}(?:\s*[|·•/]\s*${ACCOUNT_WORD})*$`, 'iu');
const DATE_TIME_ANYWHERE = new RegExp(DATE_TIME_RUN, 'gu');
const RELATIVE_TIME_ANYWHERE = new RegExp(String.raw`\(?${RELATIVE_TIME}\)?`, 'giu');
const BYLINE = new RegExp(String.raw`^(?:[${UPPER}][${LOWER}]*\.?\s?){1,5}$`, 'u');

/** "(ảnh minh họa)", "(Ảnh tư liệu)" closing a line: it is a picture's caption. */
/** A date closing a line: tested on the line's last characters only. */
const DATE_AT_END = /\s[0-3]?\d\/[01]?\d\/(?:19|20)\d{2}$/;
const TRAILING_PHOTO_NOTE = /\((?:ảnh|hình|photo)\s*(?:minh họa|minh hoạ|tư liệu|internet|chụp màn hình)\)\.?$/iu;
const BARE_PHOTO_CREDIT = new RegExp(String.raw`^\(?\s*${PHOTO_WORD}\s*[:：]\s*[^.:()]{1,50}\)?\.?$`, 'u');
const isTableRow = (line: string) => line.startsWith('|') || line.trimEnd().endsWith('|');
const tableCellText = (line: string) => line.replace(/^\|\s*/, '').replace(/\s*\|\s*$/, '').trim();
const isImage = (line: string) => /^!\[[^\]]*\]\([^)]*\)\s*\|?\s*$/.test(line);

export const LINE_RULES: LineRule[] = [
  {
    name: 'markdown-image', role: 'chrome', scope: 'anywhere',
    reason: 'ảnh nhúng; hình ảnh không thuộc phần chữ được lưu trữ',
    test: (l) => isImage(l),
  },
  {
    name: 'image-file-name', maxChars: 300, role: 'chrome', scope: 'anywhere',
    reason: 'tên tệp ảnh trơ trọi do trình thu thập để lại',
    test: (l) => /^\S+\.(?:jpe?g|png|gif|webp|svg|avif|bmp)(?:\?\S*)?$/i.test(l),
  },
  {
    name: 'table-separator', maxChars: 400, role: 'chrome', scope: 'anywhere',
    reason: 'hàng gạch ngang của bảng dàn trang',
    test: (l) => /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/.test(l),
  },
  {
    name: 'table-cell-caption', role: 'caption', scope: 'anywhere',
    reason: 'chú thích ảnh nằm trong ô bảng dàn trang, nhận biết qua phần ghi nguồn ảnh hoặc ghi nguồn',
    test: (l) => isTableRow(l) && l.includes(':') && (TRAILING_PHOTO_CREDIT.test(tableCellText(l)) || TRAILING_SOURCE_CREDIT.test(tableCellText(l))),
  },
  {
    name: 'related-story-row', role: 'chrome', scope: 'anywhere',
    reason: 'hàng tin liên quan trong bảng: tiêu đề và tóm tắt bị cắt ngắn của bài khác',
    test: (l) => isTableRow(l) && /(?:\.{3}|…)\s*\|?\s*$/.test(l),
  },
  {
    name: 'photo-credit-caption', maxChars: 600, role: 'caption', scope: 'anywhere',
    reason: 'chú thích ảnh: kết thúc bằng ghi nguồn ảnh ("Ảnh: ...")',
    test: (l, c) => l.includes(':') && c.words <= 70 && TRAILING_PHOTO_CREDIT.test(l),
  },
  {
    name: 'source-credit-caption', neighbours: true, role: 'caption', scope: 'anywhere',
    reason: 'chú thích ảnh: dòng ngắn dưới ảnh, kết thúc bằng "(Nguồn: ...)"',
    test: (l, c) => l.includes(':') && TRAILING_SOURCE_CREDIT.test(l) && (isImage(c.prev) || c.words <= 30),
  },
  {
    name: 'uncredited-caption', neighbours: true, maxChars: 250, role: 'caption', scope: 'body',
    reason: 'chú thích ảnh không ghi nguồn: dòng ngắn không dấu câu nêu tên người trong ảnh, hoặc dòng ngay dưới ảnh',
    test: (l, c) => c.words <= 30 && !endsLikeSentence(l) && (isImage(c.prev) || PICTURED_PERSON.test(l)),
  },
  {
    name: 'table-cell-text', maxChars: 1200, role: 'chrome', scope: 'anywhere',
    reason: 'chữ trong ô bảng dàn trang cạnh bài viết (cột bên hoặc chú thích ảnh không ghi nguồn): bài viết nằm ngoài bảng',
    test: (l, c) => /^\|\s*\S/.test(l) && c.words >= 3,
  },
  {
    name: 'layout-residue', maxChars: 12, role: 'chrome', scope: 'anywhere',
    reason: 'dòng chỉ có ký hiệu dàn trang (viền bảng, dấu đầu dòng, ô chữ nổi Braille trống): không có chữ',
    test: (l) => /^[|*•·\-–—_=~#⠀\s]+$/u.test(l),
  },
  {
    name: 'clock-time', maxChars: 12, role: 'chrome', scope: 'anywhere',
    reason: 'giờ đứng riêng một dòng: mốc giờ của mục tường thuật trực tiếp hoặc tiện ích, không phải nội dung',
    test: (l) => /^\d{1,2}[:h]\d{2}$/.test(l),
  },
  {
    name: 'breadcrumb', maxChars: 300, role: 'chrome', scope: 'anywhere',
    reason: 'đường dẫn chuyên mục: liên kết trang chủ dính liền tên chuyên mục',
    // Case-sensitive on purpose: the glued next section starts with a capital ("Trang chủNhìn ra thế giới").
    test: (l) => /^(?:[Tt]rang chủ|TRANG CHỦ|Home|HOME)(?:\s*[>»›\/|]|(?=[\p{Lu}]))/u.test(l),
  },
  {
    name: 'video-caption', maxChars: 300, role: 'caption', scope: 'anywhere',
    reason: 'chú thích của video nhúng ("Clip: ...", "Video: ...")',
    test: (l, c) => c.words <= 40 && /^(?:clip|video)\s*:\s*\S/iu.test(l),
  },
  {
    name: 'repeated-title-image', neighbours: true, maxChars: 600, role: 'chrome', scope: 'anywhere',
    reason: 'ảnh đặt tên theo một dòng phía trên (tiêu đề kèm "- Ảnh 1" hoặc đuôi tệp)',
    test: (l, c) => c.words >= 5 && repeatsEarlierLine(l, c.lines, c.index),
  },
  {
    name: 'photo-note-caption', maxChars: 400, role: 'caption', scope: 'anywhere',
    reason: 'chú thích ảnh: kết thúc bằng lời cho biết đó là ảnh gì ("(ảnh minh họa)", "(ảnh tư liệu)")',
    test: (l, c) => c.words <= 50 && (l.endsWith(')') || l.endsWith(').')) && TRAILING_PHOTO_NOTE.test(l.slice(-40)),
  },
  {
    name: 'leading-photo-credit', maxChars: 500, role: 'caption', scope: 'anywhere',
    reason: 'chú thích ảnh mở đầu bằng nhãn ảnh ("Ảnh: …", "Foto: …")',
    test: (l, c) => c.words <= 60 && /^(?:foto|photo|ảnh|hình ảnh|hình)\s*:\s*\S/iu.test(l),
  },
  {
    name: 'login-prompt', maxChars: 200, role: 'chrome', scope: 'anywhere',
    reason: 'trang yêu cầu người đọc đăng nhập',
    test: (l, c) => c.words <= 25 && /(?:bạn cần|vui lòng|hãy|bạn phải) đăng nhập|đăng nhập để/iu.test(l),
  },
  {
    name: 'caption-above-credit', neighbours: true, maxChars: 500, role: 'caption', scope: 'anywhere',
    reason: 'chú thích ảnh: dòng ngay bên dưới chỉ có ghi nguồn ảnh ("Ảnh: ...")',
    test: (_l, c) => c.words <= 60 && BARE_PHOTO_CREDIT.test(c.lines[c.index + 1] ?? ''),
  },
  {
    name: 'site-suffixed-alt', neighbours: true, maxChars: 200, role: 'chrome', scope: 'anywhere',
    reason: 'văn bản thay thế của ảnh có tên trang ở cuối, giống một dòng khác trên trang ("… - Sputnik Việt Nam")',
    test: (l, c) => c.words <= 20 && sharesSiteSuffix(l, c.lines, c.index),
  },
  {
    name: 'scene-caption', maxChars: 250, role: 'caption', scope: 'body',
    reason: 'chú thích ảnh không ghi nguồn: một câu ngắn tả ai trong ảnh đang làm gì, thiếu mốc thời gian, từ chỉ thì hay lời nói như câu văn trong bài',
    test: (l, c) => isSceneCaption(l, c.words),
  },
  {
    name: 'ad-label', maxChars: 40, role: 'chrome', scope: 'anywhere',
    reason: 'nhãn của ô quảng cáo, có thể nằm giữa các đoạn văn',
    test: (l) => /^(?:quảng cáo|advertisement|sponsored|ads?)$/iu.test(l),
  },
  {
    name: 'widget-name', maxChars: 40, role: 'chrome', scope: 'anywhere',
    reason: 'tên tiện ích hoặc biểu tượng trình thu thập giữ lại thành chữ ("viber-icon", "TOP", "loader")',
    test: (l) => /^[\p{L}]+-icon$|^(?:top|lên đầu trang|về đầu trang|back to top|loader|loading\.*|end of (?:content|article|page))$/iu.test(l),
  },
  {
    name: 'english-interface', maxChars: 600, role: 'chrome', scope: 'anywhere',
    reason: 'chữ giao diện tiếng Anh trang để lại (chữ thay thế của trình phát, thông báo lỗi), không phải bài viết tiếng Việt',
    test: (l, c) => c.words >= 3 && isEnglishInterface(l),
  },
  {
    name: 'glued-links', maxChars: 1500, role: 'chrome', scope: 'anywhere',
    reason: 'nhiều tiêu đề bài khác dính thành một dòng (mỗi chữ hoa mở đầu một liên kết tiếp theo)',
    test: (l, c) => c.words >= 8 && !/[.!?]\s/.test(l) && hasGluedLinks(l),
  },
  {
    name: 'headline-list-item', maxChars: 400, role: 'chrome', scope: 'anywhere',
    reason: 'một bài khác trong danh sách tiêu đề, kèm giờ đăng',
    test: (l) => HEADLINE_LIST_ITEM.test(l),
  },
  {
    name: 'dateline', maxChars: 120, role: 'dateline', scope: 'anywhere',
    reason: 'dòng ngày giờ hoặc mốc thời gian: thông tin ngày tháng, không phải nội dung bài',
    test: (l) => isDateline(l),
  },
  {
    name: 'dated-headline', maxChars: 400, role: 'chrome', scope: 'anywhere',
    reason: 'tiêu đề bài khác có ngày đăng phía sau, trong danh sách các bài khác',
    test: (l, c) => c.words >= 6 && c.words <= 40 && DATE_AT_END.test(l.slice(-12)) && !/[.!?…]\s*\S*\s*[0-3]?\d\/[01]?\d\/\d{4}$/.test(l.slice(-16)),
  },
  {
    name: 'english-calendar', maxChars: 60, role: 'chrome', scope: 'anywhere',
    reason: 'ngày hôm nay bằng tiếng Anh trên thanh lịch của trang, không phải ngày của bài',
    test: (l) => ENGLISH_DATE.test(l),
  },
  {
    name: 'relative-time', maxChars: 40, role: 'chrome', scope: 'anywhere',
    reason: 'thời gian tương đối ("1 giờ trước") của tiện ích trên trang',
    test: (l) => RELATIVE_TIME_LINE.test(l),
  },
  {
    name: 'reading-time', maxChars: 40, role: 'chrome', scope: 'anywhere',
    reason: 'thời gian đọc ước tính của trang',
    test: (l) => /^(?:thời gian đọc:?\s*)?\d+\s*phút(?: đọc)?$/iu.test(l),
  },
  {
    name: 'comment-widget', maxChars: 60, role: 'chrome', scope: 'anywhere',
    reason: 'bộ đếm bình luận hoặc nhãn khung bình luận',
    test: (l) => /^(?:\d+\s+)?(?:bình luận|ý kiến|comments?|gửi bình luận|viết bình luận|xem bình luận|ý kiến bạn đọc|ý kiến của bạn|bình luận của bạn)\s*(?:\(\s*\d*\s*\))?\s*:?$/iu.test(l),
  },
  {
    name: 'share-widget', maxChars: 120, role: 'chrome', scope: 'anywhere',
    reason: 'nút chia sẻ, in và lưu',
    test: (l) => l.length < 120 && SHARE_LINE.test(l) && !/^\d+$/.test(l),
  },
  {
    name: 'account-bar', maxChars: 120, role: 'masthead', scope: 'anywhere',
    reason: 'đầu trang: logo, liên kết đăng nhập và đăng ký gói đọc',
    test: (l) => l.length < 120 && ACCOUNT_LINE.test(l),
  },
  {
    name: 'page-end-widget', maxChars: 60, role: 'chrome', scope: 'anywhere',
    reason: 'tiêu đề của một tiện ích trên trang (đọc nhiều, tin mới, tài trợ, đừng bỏ lỡ)',
    test: (l) => PAGE_END.test(l),
  },
  {
    name: 'related-heading', maxChars: 60, role: 'chrome', scope: 'anywhere',
    reason: 'tiêu đề của khung tin liên quan',
    test: (l) => RELATED.test(l),
  },
  {
    name: 'related-link', maxChars: 300, role: 'chrome', scope: 'anywhere',
    reason: 'liên kết trong bài dẫn sang bài khác ("Xem thêm: ...", ">> ...")',
    test: (l, c) => /^(?:(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|mời xem|>>|»|►|▶)\s*[:>»]*\s+)\S/iu.test(l) && c.words <= 35,
  },
  {
    name: 'follow-us', maxChars: 200, role: 'masthead', scope: 'anywhere', marksAnywhere: true,
    reason: 'lời mời theo dõi tờ báo hoặc cài ứng dụng của báo (có nêu tên báo)',
    test: (l, c) => c.words <= 25 && (/(?:theo dõi|follow|kết nối với|tải ứng dụng|tải app|cài đặt ứng dụng|đăng ký kênh|nhấn like|bấm theo dõi).{0,60}(?:google news|facebook|fanpage|zalo|youtube|tiktok|telegram|kênh|ứng dụng|app)/iu.test(l)
      // "Theo dõi Baoquocte.vn trên" (the network's logo followed): the sentence stops at "trên".
      || /^(?:theo dõi|follow)\s+\S.{0,40}\s+(?:trên|tại|on)\s*:?$/iu.test(l)),
  },
  {
    name: 'promo', maxChars: 300, role: 'masthead', scope: 'anywhere', marksAnywhere: true,
    reason: 'tờ báo tự quảng bá: gói đăng ký đọc, chương trình, ứng dụng của báo',
    test: (l, c) => c.words <= 40 && /^[*•>\s]*(?:mời (?:quý |các )?(?:độc giả|bạn đọc|khán giả|quý vị)|bạn muốn trở thành|trở thành hội viên|đăng ký (?:gói|hội viên|tài khoản)|liên hệ [\p{L}\d]+ ngay)/iu.test(l),
  },
  {
    name: 'tag-line', maxChars: 400, role: 'chrome', scope: 'anywhere',
    reason: 'danh sách thẻ hoặc từ khóa',
    test: (l) => /^(?:tags?|từ khóa|từ khoá|keywords?|chủ đề|chuyên mục)\s*:/iu.test(l) || /^(?:#[\p{L}\p{N}_]+[\s,]*){1,}$/u.test(l),
  },
  {
    name: 'template-placeholder', role: 'chrome', scope: 'anywhere',
    reason: 'chỗ trống chưa điền của mẫu trang',
    test: (l) => (/[{%[]/.test(l) || l.length < 16) && /\{\{[^}]*\}\}|\{%[^%]*%\}|\$\{[^}]*\}|^%[A-Z_]+%$|^\[\[[^\]]*\]\]$|^(?:undefined|null|NaN|\[object Object\])$/.test(l),
  },
  {
    name: 'source-url', maxChars: 400, role: 'masthead', scope: 'anywhere', marksAnywhere: true,
    reason: 'dòng nguồn do trang tổng hợp tin thêm vào (báo gốc và URL)',
    // "Nguồn: https://…", "Nguồn VietnamPlus : https://…", "Nguồn tin: vov.vn".
    test: (l) => /^(?:nguồn|source|theo nguồn|bài gốc|link gốc|xem bài gốc)(?:\s+[^:\s][^:]{0,40}?)?\s*:?\s*(?:https?:\/\/|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org)\b)/iu.test(l)
      || /^https?:\/\/\S+$/i.test(l),
  },
  {
    name: 'author-box', maxChars: 100, role: 'byline', scope: 'outside',
    reason: 'khung tác giả ở phần đầu trang',
    test: (l, c) => c.words <= 10 && /^(?:tác giả|phóng viên|pv|bởi|by|nhóm phóng viên|biên tập viên|btv)\s*:?\s+\S/iu.test(l),
  },
  {
    name: 'site-logo', maxChars: 120, role: 'masthead', scope: 'anywhere',
    reason: 'logo của trang, nêu trong văn bản thay thế (có tên tờ báo)',
    test: (l, c) => c.words <= 15 && /^logo\s+\S/iu.test(l),
  },
  {
    name: 'header-label', maxChars: 80, role: 'masthead', scope: 'outside',
    reason: 'tên chuyên mục, đường dẫn chuyên mục hoặc nhãn ngoài bài viết',
    test: (l, c) => c.words <= 6 && !endsLikeSentence(l),
  },
];

/**
 * A dateline: a date or time with only a weekday, a zone, "Cập nhật", a reading time or a
 * byline name around it ("Thứ Hai, 27/12/2021 15:35 (GMT+7)", "19/01/2025 | 09:24").
 */
export function isDateline(line: string): boolean {
  // Datelines are short; prose that merely mentions a date is not one.
  if (line.length > 120 || !/\d/.test(line)) return false;
  // "22-11-2023 - 06:30 | Quốc tế": a dateline with a section label beside it.
  const segments = line.split('|').map((x) => x.trim()).filter(Boolean);
  if (segments.length > 1) {
    const dated = segments.filter((x) => datelineCore(x));
    if (dated.length && segments.every((x) => dated.includes(x) || (wordCount(x) <= 4 && !endsLikeSentence(x) && !/\d/.test(x)))) return true;
  }
  return datelineCore(line);
}

function datelineCore(line: string): boolean {
  const rest = line.replace(DATE_TIME_ANYWHERE, ' ').replace(RELATIVE_TIME_ANYWHERE, ' ');
  if (rest === line) return false;
  const leftover = rest
    .replace(/(?:cập nhật|đăng|đăng lúc|đăng ngày|ngày đăng|xuất bản|thời gian|ngày|lúc|giờ|lần cuối|update[d]?|published)\s*:?/giu, ' ')
    .replace(/\d+\s*phút\s*đọc/giu, ' ')
    .replace(/(?:chia sẻ|bình luận|in bài|lưu)(?![\p{L}])/giu, ' ')
    .replace(/[|,\-–—:()·•\s]+/g, ' ')
    .trim();
  if (!leftover) return true;
  // A credit beside the date: "Theo TTXVN - Thứ năm, 07/09/2023 07:13".
  if (/^theo\s+\S+(?:\s+\S+){0,3}$/iu.test(leftover)) return true;
  // The outlet's name beside the date: "(Chinhphu.vn) 05/09/2023 16:20".
  if (/^[\p{L}][\p{L}.+&-]*\.(?:vn|com|net|org)$/iu.test(leftover)) return true;
  // A byline before the date: two to five capitalised words, e.g. "Hồng Hạnh | 27/12/2021".
  return BYLINE.test(leftover) && wordCount(leftover) <= 5;
}

/** A timestamp glued to the headline: "27/12/2021 15:35Đối thoại an ninh ...". */
export const GLUED_DATELINE = new RegExp(String.raw`^(${DATE_TIME_RUN})\s*[|\-–]?\s*(?=[${UPPER}"“])(.+)$`, 'u');

/** Page-end widgets: the article has ended once one of these follows it. */
export function isPageEnd(line: string): boolean {
  return PAGE_END.test(line) || /^(?:\d+\s+)?(?:bình luận|ý kiến bạn đọc|gửi bình luận)\s*(?:\(\s*\d*\s*\))?\s*:?$/iu.test(line)
    || /^chia sẻ(?:\s|$)/iu.test(line);
}

/** Related-story box headings: they may stand inside an article. */
export function isRelatedHeading(line: string): boolean {
  return RELATED.test(line);
}
