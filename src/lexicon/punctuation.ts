/** Punctuation and sentence-boundary data. Data only. */

/** Opening quote marks and the mark that closes each (straight `"` is handled by toggling). */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '«': '»',
  '‹': '›',
};

/** Hangul syllables that end a declarative or interrogative sentence (…다. …요. …죠. …까.). */
export const KOREAN_SENTENCE_FINAL_SYLLABLES: ReadonlySet<string> = new Set(['다', '요', '죠', '까', '네', '라', '자', '오', '지', '군', '음', '함', '임', '됨']);

/** English abbreviations followed by a period that do not end a sentence (lower-cased, without the final period). */
export const ENGLISH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt',
  'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'pres',
  'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'approx', 'dept', 'est', 'fig', 'vol', 'rev', 'hon', 'gov', 'atty',
]);
