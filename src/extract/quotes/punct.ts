/**
 * Trailing punctuation, stripped with a backwards loop over the characters. A `[…]+$` regex does
 * the same in one line but backtracks quadratically on a long run of those characters that is not
 * at the end (`”.,;:!?.,;:!?…x`), and scraped text has such runs.
 */

/**
 * How many of the characters `text` ends with belong to `chars` (each a single UTF-16 code unit,
 * as every punctuation mark stripped here is).
 */
export function trailingLength(text: string, chars: string): number {
  let e = text.length;
  while (e > 0 && chars.includes(text[e - 1]!)) e--;
  return text.length - e;
}

/** `text` without the run of characters of `chars` it ends with (`말했다.,` → `말했다` for `,.`). */
export function stripTrailing(text: string, chars: string): string {
  const n = trailingLength(text, chars);
  return n === 0 ? text : text.slice(0, text.length - n);
}
