import { describe, expect, it } from 'vitest';
import people from '../src/lexicon/people.json';
import { lookupPerson } from '../src/text/people';

describe('lookupPerson', () => {
  it('finds a foreign leader by full name', () => {
    expect(lookupPerson('도널드 트럼프')).toEqual({
      en: 'Donald Trump',
      kind: 'foreign',
      role: '45th and 47th President of the United States',
    });
  });

  it('finds a foreign leader by surname when the surname is unambiguous in the news', () => {
    expect(lookupPerson('트럼프')?.en).toBe('Donald Trump');
  });

  it('ignores the space between given name and surname', () => {
    expect(lookupPerson('닉클레그')?.en).toBe('Nick Clegg');
  });

  it('ignores extra spaces around and inside the name', () => {
    expect(lookupPerson('  젠슨   황 ')?.en).toBe('Jensen Huang');
  });

  it('ignores a space inside a Korean name', () => {
    expect(lookupPerson('윤 석열')?.en).toBe('Yoon Suk Yeol');
  });

  it('finds the other spellings Korean newspapers use', () => {
    expect(lookupPerson('샘 알트만')?.en).toBe('Sam Altman');
    expect(lookupPerson('올트먼')?.en).toBe('Sam Altman');
    expect(lookupPerson('마크 주커버그')?.en).toBe('Mark Zuckerberg');
  });

  it('treats J.D. and JD alike', () => {
    expect(lookupPerson('J.D. 밴스')?.en).toBe('JD Vance');
    expect(lookupPerson('jd 밴스')?.en).toBe('JD Vance');
  });

  it('writes Japanese names surname first', () => {
    expect(lookupPerson('이시바 시게루')?.en).toBe('Ishiba Shigeru');
  });

  it('finds Chinese leaders written in Korean Hangul transcription', () => {
    expect(lookupPerson('시진핑')?.en).toBe('Xi Jinping');
  });

  it('gives famous Koreans their established spelling rather than the Revised Romanization', () => {
    expect(lookupPerson('이재명')).toEqual({
      en: 'Lee Jae-myung',
      kind: 'korean',
      role: 'President of South Korea (2025–)',
    });
    expect(lookupPerson('반기문')?.en).toBe('Ban Ki-moon');
    expect(lookupPerson('손흥민')?.en).toBe('Son Heung-min');
  });

  it('writes North Korean names the way North Korea and the press do', () => {
    expect(lookupPerson('김정은')?.en).toBe('Kim Jong Un');
    expect(lookupPerson('김여정')?.en).toBe('Kim Yo Jong');
  });

  it('finds AI researchers and executives', () => {
    expect(lookupPerson('아이온 스토이카')?.en).toBe('Ion Stoica');
    expect(lookupPerson('데미스 허사비스')?.en).toBe('Demis Hassabis');
  });

  it('composes NFD input first', () => {
    expect(lookupPerson('한동훈'.normalize('NFD'))?.en).toBe('Han Dong-hoon');
  });

  it('returns null for a name that is not in the gazetteer', () => {
    expect(lookupPerson('홍길동')).toBeNull();
  });

  it('returns null for a name with a title attached', () => {
    expect(lookupPerson('트럼프 대통령')).toBeNull();
  });

  it('returns null for an empty or blank name', () => {
    expect(lookupPerson('')).toBeNull();
    expect(lookupPerson(' . ')).toBeNull();
  });
});

describe('people.json', () => {
  const key = (s: string) => s.normalize('NFC').replace(/[\s.·ㆍ・\-‐‑]/gu, '').toLowerCase();

  it('holds at least 800 people', () => {
    expect(people.length).toBeGreaterThanOrEqual(800);
  });

  it('gives every person Korean forms, an English name, a kind and a role', () => {
    for (const p of people) {
      expect(p.ko.length, p.en).toBeGreaterThan(0);
      expect(p.en.trim(), JSON.stringify(p.ko)).not.toBe('');
      expect(['foreign', 'korean'], p.en).toContain(p.kind);
      expect(typeof p.role, p.en).toBe('string');
    }
  });

  it('writes every Korean form in Hangul', () => {
    for (const p of people) {
      for (const form of p.ko) expect(form, p.en).toMatch(/[가-힣]/u);
    }
  });

  it('never gives one Korean form to two people', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of people) {
      for (const form of new Set(p.ko.map(key))) {
        const other = owner.get(form);
        if (other !== undefined) clashes.push(`${form}: ${other} / ${p.en}`);
        owner.set(form, p.en);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists as weak only forms the entry has', () => {
    for (const p of people) {
      if ('koWeak' in p && p.koWeak) for (const form of p.koWeak) expect(p.ko, p.en).toContain(form);
    }
  });
});
