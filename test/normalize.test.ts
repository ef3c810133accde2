import { describe, expect, it } from 'vitest';
import { normalize, originalRange } from '../src/text/normalize';

/** Every normalized character's range slices back to something non-empty in the original. */
function roundTrip(input: string, needle: string): string {
  const n = normalize(input);
  const i = n.text.indexOf(needle);
  expect(i).toBeGreaterThanOrEqual(0);
  const [s, e] = originalRange(n, i, i + needle.length);
  return input.slice(s, e);
}

describe('normalize', () => {
  it('returns the input itself when nothing needs work', () => {
    const t = '그는 “AI 동맹”이라고 말했다.';
    const n = normalize(t);
    expect(n.text).toBe(t);
    expect(n.starts).toBeNull();
  });

  it('composes NFD Hangul and maps the syllables back to their jamo', () => {
    const nfd = '메타는 말했다'.normalize('NFD');
    const n = normalize(`[${nfd}]`);
    expect(n.text).toBe('[메타는 말했다]');
    expect(roundTrip(`[${nfd}]`, '메타')).toBe('메타'.normalize('NFD'));
  });

  it('turns CRLF into one newline and keeps offsets', () => {
    const input = '첫 줄\r\n둘째 줄\r셋째';
    const n = normalize(input);
    expect(n.text).toBe('첫 줄\n둘째 줄\n셋째');
    expect(roundTrip(input, '둘째 줄')).toBe('둘째 줄');
    expect(roundTrip(input, '셋째')).toBe('셋째');
  });

  it('replaces NBSP and ideographic spaces, drops zero-width characters', () => {
    const input = 'IBM\u00A0Research\u200B의\u3000이사';
    const n = normalize(input);
    expect(n.text).toBe('IBM Research의 이사');
    expect(roundTrip(input, 'Research의')).toBe('Research\u200B의');
    expect(roundTrip(input, 'Research')).toBe('Research');
  });

  it('folds full-width ASCII and quote-mark variants', () => {
    const input = 'ＡＩ 〝동맹〞 ＂x＂';
    expect(normalize(input).text).toBe('AI “동맹” "x"');
    expect(roundTrip(input, 'AI')).toBe('ＡＩ');
  });

  it('decodes HTML entities and strips markup, mapping spans to the raw HTML', () => {
    const input = '<p>그는 &ldquo;좋다&rdquo;고 말했다.</p><script>var x = "<p>";</script><p>AT&amp;T</p>';
    const n = normalize(input);
    expect(n.text).toBe('\n그는 “좋다”고 말했다.\n\nAT&T\n');
    expect(roundTrip(input, '“좋다”')).toBe('&ldquo;좋다&rdquo;');
    expect(roundTrip(input, 'AT&T')).toBe('AT&amp;T');
  });

  it('leaves plain text with a less-than sign alone', () => {
    expect(normalize('a < b and 3<4 &c').text).toBe('a < b and 3<4 &c');
  });

  it('replaces lone surrogates and control characters one for one', () => {
    const input = 'a\uD800b\u0000c\u0007d😀';
    const n = normalize(input);
    expect(n.text).toBe('a\uFFFDb c d😀');
    expect(roundTrip(input, 'd😀')).toBe('d😀');
  });

  it('maps an empty range to a position', () => {
    const n = normalize('a\r\nb');
    expect(originalRange(n, 2, 2)).toEqual([3, 3]);
  });
});
