/**
 * What a name looks like in Vietnamese news text: Vietnamese names start with a family name;
 * foreign names are in Latin script with words that are not Vietnamese syllables; place and
 * organisation words are neither.
 */
import { stripDiacritics } from '../text/fold.ts';
import { memo } from '../text/memo.ts';

/** Family names of Vietnamese people and of Chinese and Korean names written the Vietnamese way. */
export const FAMILY_NAMES = new Set(`Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Lâm
  Mai Trịnh Trương Lưu Hà Tô Tạ Cao Chu Đào Lương Quách Thái Tăng Kiều Triệu Vương Hầu Khúc Nghiêm La Lại Từ
  Âu Mạc Tôn Thân Doãn Châu Giang Lục Nông Ông Quan Sầm Tống Ung Vi Bế Hứa Phùng Đàm Đồng Diệp Lò Lã Ninh
  Phí Lạc Thạch Tập Tần Ôn Uông Mao Khương Hàn Kim Phác Lỗ Bạch Hạ Viên Văn Thủy Kha Khổng Mạnh Tiêu Tưởng
  Hùng Hồng Đổng Tiền Lữ Mã Tào Thẩm Hình Khâu Ngụy Tiết Bành Đái Diêu Cố Trình Lận Thi Tất Giả Hác Vạn Kỷ Lộ Doãn Du`
  .split(/\s+/).filter(Boolean));

/**
 * Countries, places and organisations that stand between a title and a name
 * ("Ngoại trưởng Ukraine Dmytro Kuleba"): never the first word of a person's name.
 */
export const PLACE_WORDS = new Set(`Ukraine Kiev Kyiv NATO EU OSCE IAEA ASEAN LHQ UN WHO WTO IMF OPEC G7 G20 G-7 G-20 Israel
  Iran Iraq Syria Canada Australia Brazil Mexico Kazakhstan Belarus Moldova Georgia Gruzia Armenia Azerbaijan
  Moscow Moskva Washington London Paris Berlin Geneva Brussels Tokyo Seoul Kremlin Pentagon Hamas Hezbollah
  Taliban Qatar UAE Philippines Indonesia Malaysia Singapore Myanmar Venezuela Cuba Serbia Kosovo Hungary Romania
  Estonia Latvia Lithuania Italy Nigeria Kenya Ethiopia Pakistan Afghanistan Bangladesh Nepal Crimea Donbass
  Donetsk Lugansk Luhansk Minsk Stockholm Vienna Ankara Tehran Jerusalem Gaza Beijing Taipei Manila Jakarta
  Bangkok Vientiane Phnom Penh Canberra Ottawa Havana Caracas Warsaw Prague Budapest Helsinki Oslo Copenhagen
  Amsterdam Rome Madrid Lisbon Athens Cairo Riyadh Doha Dubai Kabul Delhi Islamabad Europe Asia America
  Africa Mỹ Nga Anh Pháp Đức Nhật Hàn Trung Triều Việt Lào Ấn Úc Bỉ Áo Ý Séc`.split(/\s+/).filter(Boolean));

/** Two-word places that begin with a family name ("Hà Nội", "Hàn Quốc"): qualifiers, not names. */
export const PLACE_PHRASES = new Set(`Hàn Quốc|Trung Quốc|Triều Tiên|Nhật Bản|Ấn Độ|Thái Lan|Hà Nội|Hà Giang|Hà Tĩnh|Hà Nam|Lào Cai|Quảng Ninh|Quảng Nam|Quảng Ngãi|Quảng Bình|Quảng Trị|Ninh Bình|Ninh Thuận|Cao Bằng|Lâm Đồng|Đồng Nai|Đồng Tháp|Bình Dương|Châu Âu|Châu Á|Châu Phi|Lý Sơn|Phú Thọ|Phú Yên|Thái Bình|Thái Nguyên|Giang Tô|Hồng Kông|Mã Lai|Tô Lịch|Kim Ngưu|Hồ Chí Minh|Mai Sơn`.split('|'));
const PLACE_FIRST_WORDS = new Set([...PLACE_PHRASES].map((p) => p.split(' ')[0]!));

/** True when two words make a place ("Hà" "Nội"); the first word alone rules most pairs out. */
export function isPlacePhrase(first: string | undefined, second: string | undefined): boolean {
  return first !== undefined && PLACE_FIRST_WORDS.has(first) && PLACE_PHRASES.has(`${first} ${second}`);
}

/**
 * Countries and territories as the press names them: every region Node's Intl knows, in
 * Vietnamese and in English ("Ukraina", "Ukraine"), and the short forms papers use ("Mỹ").
 * A country is never a person, nor the first word of one ("Campuchia Samdech Hun Sen").
 */
export const COUNTRY_NAMES: ReadonlySet<string> = countryNames(['vi', 'en']);
/** The first word of every country's name: most words are none, and this says so at once. */
const COUNTRY_FIRST_WORDS: ReadonlySet<string> = new Set([...COUNTRY_NAMES].map((n) => n.split(' ')[0]!));

/** The same in Vietnamese only: English names start media names ("France Info", "China Daily"). */
export const VIETNAMESE_COUNTRY_NAMES: ReadonlySet<string> = countryNames(['vi']);

function countryNames(locales: string[]): Set<string> {
  const names = new Set(['Mỹ', 'Anh', 'Triều Tiên', 'Đài Loan', 'Hồng Kông', 'Miến Điện']);
  if (locales.includes('en')) for (const n of ['Palestine', 'Kosovo', 'Ukraine', 'Belarus', 'Myanmar']) names.add(n);
  for (const locale of locales) {
    const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (let a = 65; a < 91; a++) {
      for (let b = 65; b < 91; b++) {
        const code = String.fromCharCode(a, b);
        const name = display.of(code);
        // Only plain names: "Đặc khu Hành chính Hồng Kông, Trung Quốc" is a description.
        if (name && name !== code && !name.includes(',') && name.split(' ').length <= 4) names.add(name);
      }
    }
  }
  return names;
}

/** How many words from `at` make a country's name (the longest, up to four), or 0. */
export function countryLength(wordAt: (i: number) => string | undefined, at: number, names = COUNTRY_NAMES): number {
  const first = wordAt(at);
  if (first === undefined || !COUNTRY_FIRST_WORDS.has(first)) return 0;
  // The first one to four words, joined: the longest that names a country wins.
  const runs = [first];
  for (let j = 1; j < 4; j++) {
    const w = wordAt(at + j);
    if (w === undefined) break;
    runs.push(`${runs[j - 1]} ${w}`);
  }
  for (let len = runs.length; len >= 1; len--) if (names.has(runs[len - 1]!)) return len;
  return 0;
}

/** The first word of a phrase (words joined by single spaces). */
export const firstWord = (phrase: string) => { const space = phrase.indexOf(' '); return space < 0 ? phrase : phrase.slice(0, space); };

/** A name without the country written before it ("Ukraina Volodymyr Zelenskiy"); '' when it is all country. */
export function withoutCountry(name: string, names = COUNTRY_NAMES): string {
  // Most names open with no country's first word: they are as written.
  if (!COUNTRY_FIRST_WORDS.has(firstWord(name))) return name;
  const ws = name.split(' ');
  let from = 0;
  for (let len = countryLength((i) => ws[i], from, names); len > 0; len = countryLength((i) => ws[i], from, names)) from += len;
  return ws.slice(from).join(' ');
}

/** Words after which capitalised words name a place: "quận Dương Kinh", "tỉnh Quảng Nam". */
export const ADMIN_NOUNS = new Set(['quận', 'huyện', 'tỉnh', 'xã', 'phường', 'thị xã', 'thị trấn', 'thành phố', 'TP', 'TP.', 'bang', 'vùng', 'đảo', 'làng', 'thôn', 'bản', 'ấp']);

/**
 * Korean, Chinese and Japanese surnames as romanised, which read as Vietnamese words ("Cho",
 * "Han", "Moon"): before a foreign given name they start the name, not end the post.
 */
export const ROMANISED_SURNAMES = new Set(`Cho Choi Kim Lee Park Jung Jeong Kang Yoon Yun Moon Han Lim Shin Oh Seo Kwon Hwang Ahn
  Song Hong Yoo Chung Ko Go Nam Bae Baek Jang Jeon Ryu Im Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Hu Guo Lin He
  Gao Luo Zheng Xi Qin Tan Ho Lam Abe Ito Kono`.split(/\s+/).filter(Boolean));

/** Lower-case words inside foreign names: "Ursula von der Leyen", "Charles de Gaulle". */
export const NAME_PARTICLES = new Set(['von', 'der', 'van', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le', 'al', 'bin', 'ibn', 'el']);

const VI_INITIAL = '(?:ngh|gh|gi|kh|ng|nh|ph|qu|th|tr|ch|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
// Tested on the word without diacritics: the vowel clusters Vietnamese spells, and a final consonant.
const VI_NUCLEUS = '(?:oai|oay|oao|oeo|uay|uai|uoi|uou|uya|uye|uyu|ieu|yeu|ai|ao|au|ay|eo|eu|ia|iu|oa|oe|oi|ua|ue|ui|uo|uu|uy|ie|ye|[aeiouy])';
const VI_FINAL = '(?:ch|ng|nh|[cmnpt])?';
const VI_SYLLABLE = new RegExp(`^${VI_INITIAL}${VI_NUCLEUS}${VI_FINAL}$`);


/** True when a word could be one Vietnamese syllable ("Lavrov" cannot, "Sơn" can). */
export const isVietnameseSyllable = memo(syllableCheck);

function syllableCheck(word: string): boolean {
  const base = stripDiacritics(word).toLowerCase();
  const hasViMarks = word !== stripDiacritics(word);
  return VI_SYLLABLE.test(base) && (hasViMarks || base.length <= 5);
}

/** A capitalised word with lower-case letters: a name word, not an acronym. */
export const isCapitalised = memo(capitalisedCheck);

function capitalisedCheck(word: string): boolean {
  // Initials may be glued to the name they abbreviate: "M.Servigon".
  return /^(?:[\p{Lu}]\.)*[\p{Lu}][\p{Ll}'’.-]*(?:-[\p{L}]+)*$/u.test(word) && /[\p{Ll}]/u.test(word);
}

/** A word that can start a foreign name: capitalised, not a Vietnamese syllable, not a place. */
export function startsForeignName(word: string): boolean {
  if (!isCapitalised(word) || PLACE_WORDS.has(word)) return false;
  return !isVietnameseSyllable(word) || /[-'’]/.test(word) || /[fjwz]/i.test(word);
}
