import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/extract/entities';
import { lookupForm } from '../src/extract/entities/org-gazetteer';
import type { EntityIndex, OrgEntity } from '../src/extract/model';
import { GAZETTEER } from '../src/lexicon/gazetteer';
import { docOf, textOf } from './helpers';

async function entitiesOf(text: string): Promise<EntityIndex> {
  return extractEntities(await docOf(text));
}

const org = (e: EntityIndex, name: string): OrgEntity | undefined => e.organizations.find((o) => o.name === name);
const en = (e: EntityIndex): Array<[string, string | null]> => e.organizations.map((o) => [o.name, o.nameEn]);

describe('the gazetteer data', () => {
  it('has every entry with a Korean name, an English name and a known type', () => {
    for (const g of GAZETTEER) {
      expect(g.ko.length).toBeGreaterThan(0);
      expect(g.en.trim()).toBe(g.en);
      expect(g.en.length).toBeGreaterThan(1);
    }
  });

  it('gives no Korean form to two organizations of different types or countries unless one marks it weak', () => {
    const seen = new Map<string, { en: string; weak: boolean }>();
    const clashes: string[] = [];
    for (const g of GAZETTEER) {
      for (const k of g.ko) {
        const key = k.normalize('NFC').replace(/\s+/gu, '');
        const prev = seen.get(key);
        const weak = g.koWeak.has(k);
        if (prev && prev.en !== g.en && !prev.weak && !weak) clashes.push(`${k}: ${prev.en} / ${g.en}`);
        if (!prev) seen.set(key, { en: g.en, weak });
      }
    }
    expect(clashes).toEqual([]);
  });

  it('covers Korean public institutions, local governments and their agencies', () => {
    const expected: Record<string, string> = {
      대도시권광역교통위원회: 'Metropolitan Transport Commission',
      한국교통안전공단: 'Korea Transportation Safety Authority',
      한국교통연구원: 'Korea Transport Institute',
      제주특별자치도: 'Jeju Special Self-Governing Province',
      제주관광공사: 'Jeju Tourism Organization',
      제주관광협회: 'Jeju Tourism Association',
      한국관광공사: 'Korea Tourism Organization',
      소상공인연합회: 'Korea Federation of Micro Enterprise',
      부산시교육청: 'Busan Metropolitan Office of Education',
      국민체육진흥공단: 'Korea Sports Promotion Foundation',
      한국전력거래소: 'Korea Power Exchange',
    };
    for (const [ko, name] of Object.entries(expected)) expect(lookupForm(ko)[0]?.entry.en, ko).toBe(name);
  });

  it('covers sports clubs, leagues, labels and agencies', () => {
    const expected: Record<string, string> = {
      '울산 HD': 'Ulsan HD FC',
      'KIA 타이거즈': 'Kia Tigers',
      맨유: 'Manchester United F.C.',
      '뉴욕 양키스': 'New York Yankees',
      프리미어리그: 'Premier League',
      '리퍼블릭 레코드': 'Republic Records',
      '게펜 레코드': 'Geffen Records',
      유니버설뮤직: 'Universal Music Group',
      하이브: 'Hybe',
    };
    for (const [ko, name] of Object.entries(expected)) expect(lookupForm(ko)[0]?.entry.en, ko).toBe(name);
  });
});

describe('official names of foreign bodies', () => {
  it('names Chinese ministries and councils officially (중국 외교부, 중국 국무원)', async () => {
    const e = await entitiesOf('중국 외교부는 성명을 냈다. 중국 국무원도 발표했다.');
    expect(en(e)).toEqual([
      ['중국 외교부', "Ministry of Foreign Affairs of the People's Republic of China"],
      ['중국 국무원', "State Council of the People's Republic of China"],
    ]);
  });

  it('finds the Chinese Communist Party spaced, unspaced and with a Hanja prefix', async () => {
    for (const text of ['중국 공산당은 회의를 열었다.', '중국공산당은 회의를 열었다.', '中 공산당은 회의를 열었다.', '中공산당은 회의를 열었다.']) {
      const e = await entitiesOf(text);
      expect(e.organizations.map((o) => o.nameEn), text).toEqual(['Chinese Communist Party']);
    }
  });

  it('makes a later bare `공산당` a mention of the party the article names with its country', async () => {
    const e = await entitiesOf('中 공산당은 회의를 열었다. 공산당은 결정문을 발표했다.');
    expect(e.organizations).toHaveLength(1);
    expect(e.organizations[0]?.mentions).toHaveLength(2);
  });

  it('picks the body of the country the prefix names (中 외교부 is China’s, not Korea’s)', async () => {
    const e = await entitiesOf('中 외교부는 밝혔다.');
    expect(e.organizations[0]?.nameEn).toBe("Ministry of Foreign Affairs of the People's Republic of China");
  });

  it('keeps the country prefix in the name of a generic ministry and tells the countries apart', async () => {
    const e = await entitiesOf('한국 외교부는 일본 외무성, 미 국무부와 협의했다. 영국 외무부와 러시아 외무부도 참여했다.');
    expect(en(e)).toEqual([
      ['한국 외교부', 'Ministry of Foreign Affairs (South Korea)'],
      ['일본 외무성', 'Ministry of Foreign Affairs of Japan'],
      ['미 국무부', 'United States Department of State'],
      ['영국 외무부', 'Foreign, Commonwealth and Development Office'],
      ['러시아 외무부', 'Ministry of Foreign Affairs of the Russian Federation'],
    ]);
  });

  it('gives a ministry of another country no Korean English name (일본 외교부 is Japan’s)', async () => {
    const e = await entitiesOf('일본 외교부는 항의했다.');
    expect(e.organizations[0]?.nameEn).not.toBe('Ministry of Foreign Affairs (South Korea)');
  });

  it('does not take a prefix of another country as support for a weak form (인도 대상)', async () => {
    const e = await entitiesOf('그는 범죄인 인도 대상이다.');
    expect(e.organizations).toEqual([]);
  });

  it('does not join a place and an ordinary noun into a gazetteer name (서울 시, 한국 은행들)', async () => {
    const e = await entitiesOf('단편시집 서울 시를 펴냈다. 한국 은행들은 대출을 늘렸다.');
    expect(e.organizations).toEqual([]);
  });
});

describe('English articles', () => {
  it('matches the canonical English name of a gazetteer entry', async () => {
    const e = extractEntities(await docOf('The Ministry of Foreign Affairs of Japan and the Korea Transport Institute signed a deal.', { language: 'en' }));
    expect(e.organizations.map((o) => o.nameEn)).toEqual(['Ministry of Foreign Affairs of Japan', 'Korea Transport Institute']);
  });
});

describe('regional branches', () => {
  it('takes a civic group with a region written onto it as the regional branch', async () => {
    const doc = await docOf('서울환경운동연합과 부산참여연대는 성명을 냈다.');
    const e = extractEntities(doc);
    expect(en(e)).toEqual([
      ['서울환경운동연합', 'Seoul Korea Federation for Environmental Movements'],
      ['부산참여연대', "Busan People's Solidarity for Participatory Democracy"],
    ]);
    expect(org(e, '서울환경운동연합')?.evidence).toContain('regional-branch');
    expect(textOf(doc, org(e, '부산참여연대')?.mentions[0])).toBe('부산참여연대');
  });

  it('does not make a company after a region a branch (서울반도체 is a company of its own)', async () => {
    const e = await entitiesOf('서울반도체는 실적을 발표했다.');
    expect(org(e, '서울반도체')?.evidence).not.toContain('regional-branch');
  });

  it('names a region’s own chamber of commerce and bar association', async () => {
    const e = await entitiesOf('부산상공회의소와 대구지방변호사회는 성명을 냈다.');
    expect(en(e)).toEqual([
      ['부산상공회의소', 'Busan Chamber of Commerce and Industry'],
      ['대구지방변호사회', 'Daegu Bar Association'],
    ]);
  });

  it('keeps the parent apart from the branch', async () => {
    const e = await entitiesOf('환경운동연합과 서울환경운동연합이 함께했다.');
    expect(e.organizations.map((o) => o.name)).toEqual(['환경운동연합', '서울환경운동연합']);
  });
});
