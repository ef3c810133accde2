/**
 * Patterns of news-article structure: bylines, sign-offs, datelines, lines that are never headings.
 * Data only; every quantifier is bounded so no pattern can backtrack catastrophically.
 */

export interface BylinePattern {
  /** Name shown in evidence. */
  name: string;
  /** Matched against a whole line (trimmed); bylines must match at its start. */
  re: RegExp;
  /** Named groups holding the publisher and the reporter. */
  publisher?: string;
  reporter?: string;
}

const REPORTER = '(?<reporter>[가-힣]{2,4}(?:[ ·,](?!(?:선임|객원|인턴|수습|전문)?기자|특파원)[가-힣]{2,4}){0,3})';
const TITLE = '(?:기자|특파원|선임기자|객원기자|인턴기자|수습기자|전문기자|기자단|논설위원|편집위원|칼럼니스트|통신원|PD)';

/** Titles a reporter carries in a byline. */
export const REPORTER_TITLES: readonly string[] = ['기자', '특파원', '선임기자', '객원기자', '인턴기자', '수습기자', '전문기자', '논설위원', '편집위원', '통신원'];

/** Bylines at the top of an article (at the start of the lead or on a line of their own). */
export const BYLINE_PATTERNS: readonly BylinePattern[] = [
  // [디지털데일리 홍길동 기자]  [한국경제 김철수 기자]
  { name: 'bracket', re: new RegExp(`^[\\[【](?<publisher>[^\\[\\]【】\\n=]{1,30}?)\\s{1,3}${REPORTER}\\s{0,2}${TITLE}[\\]】]`), publisher: 'publisher', reporter: 'reporter' },
  // [OSEN=홍길동 기자]  【베이징=홍길동 특파원】 (a place before = goes with a correspondent)
  { name: 'bracket-eq', re: new RegExp(`^[\\[【](?<publisher>[^\\[\\]【】\\n=]{1,30})\\s{0,2}=\\s{0,2}${REPORTER}\\s{0,2}${TITLE}[\\]】]`), publisher: 'publisher', reporter: 'reporter' },
  // [서울=뉴시스] 홍길동 기자 =   [서울=뉴시스]
  { name: 'bracket-wire', re: new RegExp(`^\\[[^\\[\\]=\\n]{1,15}=(?<publisher>[^\\[\\]\\n]{1,20})\\](?:\\s{0,3}${REPORTER}\\s{0,2}${TITLE}\\s{0,3}=?)?`), publisher: 'publisher', reporter: 'reporter' },
  // 스포츠서울 | 홍길동 기자
  { name: 'pipe', re: new RegExp(`^(?<publisher>[^|\\[\\]\\n]{1,30}?)\\s{0,2}\\|\\s{0,2}${REPORTER}\\s{0,2}${TITLE}`), publisher: 'publisher', reporter: 'reporter' },
  // [홍길동 기자]
  { name: 'bracket-reporter', re: new RegExp(`^\\[${REPORTER}\\s{0,2}${TITLE}\\]`), reporter: 'reporter' },
  // (서울=연합뉴스) 홍길동 기자 =
  { name: 'wire-paren', re: new RegExp(`^\\([^()=\\n]{1,20}=(?<publisher>[^()\\n]{1,30})\\)\\s{0,3}(?:${REPORTER}\\s{0,2}${TITLE}?\\s{0,3}=)?`), publisher: 'publisher', reporter: 'reporter' },
  // 홍길동 기자 (a line of its own)
  { name: 'reporter-line', re: new RegExp(`^${REPORTER}\\s{0,2}${TITLE}\\s{0,2}(?:[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,5})?$`), reporter: 'reporter' },
  // By Jane Doe   By JANE DOE, Associated Press
  { name: 'english-by', re: /^By (?<reporter>[A-Z][A-Za-z.'’-]{0,30}(?: [A-Z][A-Za-z.'’-]{0,30}){0,3}(?: and [A-Z][A-Za-z.'’-]{0,30}(?: [A-Z][A-Za-z.'’-]{0,30}){0,3})?)(?:,? (?<publisher>[A-Z][A-Za-z&.' ]{1,40}))?$/, publisher: 'publisher', reporter: 'reporter' },
];

/** Sign-offs on the last lines: `홍길동 기자 hong@yna.co.kr`, `서울에서 VOA 뉴스 김환용입니다.` */
export const SIGNOFF_PATTERNS: readonly BylinePattern[] = [
  { name: 'reporter-email', re: new RegExp(`${REPORTER}\\s{0,2}${TITLE}\\s{0,3}(?<email>[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,5})`), reporter: 'reporter' },
  { name: 'reporter-end', re: new RegExp(`^[/-]?\\s{0,2}${REPORTER}\\s{0,2}${TITLE}\\.?$`), reporter: 'reporter' },
  // 서울에서 VOA 뉴스 홍길동입니다.  지금까지 제주에서 SBS 홍길동입니다.
  { name: 'broadcast-signoff', re: new RegExp(`(?:[가-힣A-Za-z]{1,20}에서\\s{1,3})?(?<publisher>[A-Z][A-Za-z0-9]{1,7}|[가-힣]{2,12}(?=\\s{0,2}뉴스))(?:\\s{0,2}뉴스)?\\s{1,3}(?<reporter>[가-힣]{2,4})입니다\\.?$`), publisher: 'publisher', reporter: 'reporter' },
  { name: 'english-by', re: /^By (?<reporter>[A-Z][A-Za-z.'’-]{0,30}(?: [A-Z][A-Za-z.'’-]{0,30}){0,3})(?:,? (?<publisher>[A-Z][A-Za-z&.' ]{1,40}))?$/, publisher: 'publisher', reporter: 'reporter' },
];

/** Datelines in the lead: `5일(현지시각)`, `SEOUL, Dec. 5 (Yonhap) —`. */
export const DATELINE_PATTERNS: readonly RegExp[] = [
  // broadcast: 오늘(18일), 어제(17일)
  /(?:오늘|어제|그제|지난)\s{0,2}\(\d{1,2}일\)/,
  /\d{1,2}일\s{0,2}\((?:현지\s{0,2}시[각간]|한국\s{0,2}시[각간]|(?:미국?\s{0,2})?(?:동부|서부|중부)\s{0,2}시[각간]|[가-힣]{1,6}\s{0,2}시[각간])\)/,
  /^[A-Z][A-Z.'-]{1,20}(?: [A-Z][A-Z.'-]{1,20}){0,3}(?:, [A-Z][a-z]{2,4}\.? \d{1,2})?(?: \([A-Za-z.& ]{1,30}\))? {0,2}(?:—|–|--?)/,
];

/** A headline's marks: clauses joined by an ellipsis (…, ...) or a quoted phrase. */
export const HEADLINE_MARKS: RegExp = /…|\.\.\.|[“”"]/;

/** Broadcast transcript labels on a line of their own or leading it: [앵커], ◀ 리포트 ▶, <앵커 멘트>. */
export const BROADCAST_LABEL: RegExp = /^(?:\[[^\[\]\n]{1,20}\]|◀[^◀▶\n]{1,20}▶|<[^<>\n]{1,12}>|‹[^‹›<>\n]{1,12}[>›])/;

/** Lines that are never in-body headings. */
export const HEADING_EXCLUDE: readonly RegExp[] = [
  /^[[(▲△※☞◀<‹]/, // [녹취: …], ◀ 리포트 ▶, (사진=…), photo captions and notes
  /사진\s{0,2}=|제공\s{0,2}=|=\s{0,2}연합뉴스/,
  /@|https?:|www\./,
  /[”"’]\s{0,2}(?:라고|고|며|면서)\s/, // reported speech
];
