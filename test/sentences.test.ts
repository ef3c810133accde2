import { describe, expect, it } from 'vitest';
import { quotePairs, splitSentences } from '../src/text/sentences';
import { splitLines } from '../src/text/structure';

const split = (t: string) => splitSentences(t, splitLines(t)).map((r) => t.slice(r.start, r.end));

describe('splitSentences', () => {
  it('keeps a quote with several sentences inside one sentence', () => {
    expect(split('그는 “A다. B다”라고 말했다. 이어 설명했다.')).toEqual(['그는 “A다. B다”라고 말했다.', '이어 설명했다.']);
  });

  it('splits newspaper and broadcast endings', () => {
    expect(split('출범했다. 밝혔습니다! 그런가? 네.')).toEqual(['출범했다.', '밝혔습니다!', '그런가?', '네.']);
  });

  it('splits a Korean sentence glued to the next one', () => {
    expect(split('비서관을 지냈습니다.특히 통일비서관을 맡았습니다.')).toEqual(['비서관을 지냈습니다.', '특히 통일비서관을 맡았습니다.']);
  });

  it('does not split decimals, ellipses inside headlines or abbreviations', () => {
    expect(split('성장률은 3.5%다. 역할 변해야...북한 인권')).toEqual(['성장률은 3.5%다.', '역할 변해야...북한 인권']);
    expect(split('Mr. Smith met Dr. Lee in the U.S. capital. He left.')).toEqual(['Mr. Smith met Dr. Lee in the U.S. capital.', 'He left.']);
  });

  it('never crosses a line', () => {
    expect(split('제목 줄\n본문이다')).toEqual(['제목 줄', '본문이다']);
  });

  it('is not fooled by an unclosed quote mark', () => {
    expect(split('그는 “끝나지 않는 인용. 다음 문장이다. 또 있다.')).toEqual(['그는 “끝나지 않는 인용.', '다음 문장이다.', '또 있다.']);
  });

  it('protects the inner pair of a doubled opening mark', () => {
    expect(split('그는 ““A다. B다”라고 했다. 끝.')).toEqual(['그는 ““A다. B다”라고 했다.', '끝.']);
  });

  it('absorbs closing marks after the terminal', () => {
    expect(split('“좋다.” 그는 말했다.')).toEqual(['“좋다.”', '그는 말했다.']);
  });
});

describe('quotePairs', () => {
  it('pairs curly, corner and straight marks and drops unclosed ones', () => {
    const t = '“a” 「b」 "c" ‘d’ “e';
    expect(quotePairs(t, 0, t.length).map(([a, b]) => t.slice(a + 1, b))).toEqual(['a', 'b', 'c', 'd']);
  });
});
