/** Character tables used by normalization. Data only. */

/** Quote-mark variants mapped to the curly marks kornews works with (“ ” ‘ ’) or to ASCII. */
export const QUOTE_VARIANTS: Readonly<Record<string, string>> = {
  '„': '“',
  '‟': '“',
  '〝': '“',
  '〞': '”',
  '〟': '”',
  '″': '"',
  '‚': '‘',
  '‛': '‘',
  '＂': '"',
  '＇': "'",
};

/** Named HTML entities decoded anywhere in the text (numeric ones are decoded too). */
export const HTML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  bdquo: '“',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  middot: '·',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  divide: '÷',
  plusmn: '±',
  para: '¶',
  sect: '§',
  zwj: '',
  zwnj: '',
  shy: '',
};

/** HTML elements that end a line: replaced by a newline when markup is stripped. */
export const HTML_BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'br', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'blockquote',
  'article', 'section', 'header', 'footer', 'figure', 'figcaption', 'hr', 'pre', 'dd', 'dt', 'dl',
]);

/** HTML elements whose content is not article text. */
export const HTML_DROP_CONTENT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);
