import { describe, expect, it } from 'vitest';
import { romanizeKoreanName, romanizeSyllables, splitKoreanName } from '../src/text/romanize';

describe('romanizeSyllables', () => {
  it('romanizes each syllable on its own', () => {
    expect(romanizeSyllables('윤미')).toEqual(['yun', 'mi']);
  });

  it('writes ㄹ as r at the start of a syllable and l at the end', () => {
    expect(romanizeSyllables('라일')).toEqual(['ra', 'il']);
  });

  it('writes ㄱ ㄷ ㅂ as g d b before a vowel and k t p at the end of a syllable', () => {
    expect(romanizeSyllables('각닫밥')).toEqual(['gak', 'dat', 'bap']);
  });

  it('writes the tense and aspirated initials kk tt pp ss jj ch k t p', () => {
    expect(romanizeSyllables('까따빠싸짜차카타파')).toEqual(['kka', 'tta', 'ppa', 'ssa', 'jja', 'cha', 'ka', 'ta', 'pa']);
  });

  it('writes the compound vowels ui wo wa wae oe we wi yae', () => {
    expect(romanizeSyllables('의워와왜외웨위얘')).toEqual(['ui', 'wo', 'wa', 'wae', 'oe', 'we', 'wi', 'yae']);
  });

  it('writes a final as it sounds at the end of a syllable (ㅅ ㅆ ㅈ ㅊ ㅎ are t, ㅇ is ng)', () => {
    expect(romanizeSyllables('옷있낮꽃좋강')).toEqual(['ot', 'it', 'nat', 'kkot', 'jot', 'gang']);
  });

  it('writes a double final as its pronounced consonant', () => {
    expect(romanizeSyllables('닭삶값앉넓')).toEqual(['dak', 'sam', 'gap', 'an', 'neol']);
  });

  it('does not assimilate across syllables', () => {
    expect(romanizeSyllables('신라')).toEqual(['sin', 'ra']);
  });

  it('composes NFD input first', () => {
    expect(romanizeSyllables('정희'.normalize('NFD'))).toEqual(['jeong', 'hui']);
  });

  it('skips whitespace and keeps other characters as they are', () => {
    expect(romanizeSyllables('김 A')).toEqual(['gim', 'A']);
  });
});

describe('romanizeKoreanName', () => {
  it.each([
    ['전윤미', 'Jeon Yun-mi'],
    ['김영호', 'Kim Yeong-ho'],
    ['박원곤', 'Park Won-gon'],
    ['이정희', 'Lee Jeong-hui'],
    ['최민수', 'Choi Min-su'],
    ['정다은', 'Jeong Da-eun'],
    ['조현우', 'Cho Hyeon-u'],
    ['강서연', 'Kang Seo-yeon'],
    ['윤석열', 'Yoon Seok-yeol'],
    ['장하늘', 'Jang Ha-neul'],
    ['임꺽정', 'Lim Kkeok-jeong'],
    ['서지원', 'Seo Ji-won'],
    ['신동엽', 'Shin Dong-yeop'],
    ['황의조', 'Hwang Ui-jo'],
    ['안철수', 'Ahn Cheol-su'],
    ['유재석', 'Yoo Jae-seok'],
    ['류현진', 'Ryu Hyeon-jin'],
    ['홍길동', 'Hong Gil-dong'],
    ['문재인', 'Moon Jae-in'],
    ['노무현', 'Roh Mu-hyeon'],
    ['박찬욱', 'Park Chan-uk'],
    ['백남준', 'Baek Nam-jun'],
    ['곽노정', 'Kwak No-jeong'],
    ['설영우', 'Seol Yeong-u'],
    ['손흥민', 'Son Heung-min'],
    ['엄앵란', 'Eom Aeng-ran'],
    ['위성락', 'Wi Seong-rak'],
    ['최꽃님', 'Choi Kkot-nim'],
  ])('romanizes %s as %s', (name, expected) => {
    expect(romanizeKoreanName(name)).toBe(expected);
  });

  it.each([
    ['한결', 'Han Gyeol'],
    ['오준', 'Oh Jun'],
    ['권혁', 'Kwon Hyeok'],
    ['심훈', 'Shim Hun'],
  ])('romanizes the one-syllable given name of %s as %s', (name, expected) => {
    expect(romanizeKoreanName(name)).toBe(expected);
  });

  it.each([
    ['남궁민', 'Namgung Min'],
    ['황보관', 'Hwangbo Gwan'],
    ['사공일', 'Sagong Il'],
    ['제갈성렬', 'Jegal Seong-ryeol'],
    ['선우용녀', 'Sunwoo Yong-nyeo'],
    ['독고영재', 'Dokgo Yeong-jae'],
  ])('gives the two-syllable surname of %s its customary spelling: %s', (name, expected) => {
    expect(romanizeKoreanName(name)).toBe(expected);
  });

  it('hyphenates a three-syllable given name after a one-syllable surname', () => {
    expect(romanizeKoreanName('김빛내리')).toBe('Kim Bit-nae-ri');
  });

  it('romanizes a surname that has no customary spelling in the table', () => {
    expect(romanizeKoreanName('빙가은')).toBe('Bing Ga-eun');
  });

  it('composes NFD input first', () => {
    expect(romanizeKoreanName('전윤미'.normalize('NFD'))).toBe('Jeon Yun-mi');
  });

  it('ignores a space between surname and given name', () => {
    expect(romanizeKoreanName('전 윤미')).toBe('Jeon Yun-mi');
  });

  it.each([
    ['a Latin name', 'John Smith'],
    ['one syllable', '김'],
    ['five syllables', '김가나다라'],
    ['Hangul mixed with Latin letters', '김AB'],
    ['Hangul mixed with digits', '김영호2'],
    ['compatibility jamo', 'ㄱㄴㄷ'],
    ['an empty string', ''],
  ])('returns null for %s', (_what, input) => {
    expect(romanizeKoreanName(input)).toBeNull();
  });
});

describe('splitKoreanName', () => {
  it('splits a three-syllable name after the first syllable', () => {
    expect(splitKoreanName('김영호')).toEqual({ surname: '김', given: '영호' });
  });

  it('splits a two-syllable name one and one, even when it reads as a compound surname', () => {
    expect(splitKoreanName('선우')).toEqual({ surname: '선', given: '우' });
  });

  it('keeps a compound surname together when one syllable is left', () => {
    expect(splitKoreanName('선우은')).toEqual({ surname: '선우', given: '은' });
  });

  it('keeps a compound surname together when two syllables are left', () => {
    expect(splitKoreanName('남궁민수')).toEqual({ surname: '남궁', given: '민수' });
  });

  it('reads a four-syllable name that starts with a known surname as a three-syllable given name', () => {
    expect(splitKoreanName('김빛내리')).toEqual({ surname: '김', given: '빛내리' });
  });

  it('splits any other four-syllable name two and two', () => {
    expect(splitKoreanName('갑을병정')).toEqual({ surname: '갑을', given: '병정' });
  });

  it('returns null for a name that is not 2–4 Hangul syllables', () => {
    expect(splitKoreanName('Kim')).toBeNull();
  });
});
