import { describe, expect, it } from 'vitest';
import type { Doc } from '../src/doc';
import { bylineNames, extractEntities } from '../src/extract/entities';
import type { EntityIndex, OrgEntity, PersonEntity } from '../src/extract/model';
import { docOf, textOf } from './helpers';

// Organization errors of the kinds a held-out set showed: an abbreviation overriding the Korean
// name, generic institution types, scare quotes, punctuation at name edges, persons merged into
// organizations, place-named bodies missed, unknown bodies with common heads, subsidiaries.
// Names that are not real organizations (한빛경제위원회, 누리자동차 …) are in no gazetteer.

async function entitiesOf(text: string, language?: 'ko' | 'en'): Promise<{ doc: Doc; e: EntityIndex }> {
  const doc = await docOf(text, language ? { language } : {});
  return { doc, e: extractEntities(doc) };
}

const org = (e: EntityIndex, name: string): OrgEntity | undefined => e.organizations.find((o) => o.name === name);
const person = (e: EntityIndex, name: string): PersonEntity | undefined => e.persons.find((p) => p.name === name);
const orgNames = (e: EntityIndex): string[] => e.organizations.map((o) => o.name);
const en = (e: EntityIndex): Array<[string, string | null]> => e.organizations.map((o) => [o.name, o.nameEn]);

describe('a Korean name with an abbreviation in parentheses', () => {
  it('names the Korean body, not the gazetteer entry the abbreviation also names (국가경제위원회(NEC))', async () => {
    const { doc, e } = await entitiesOf('한빛경제위원회(NEC)는 이날 성명을 냈다. NEC는 다음 달 보고서를 낸다.');
    expect(orgNames(e)).toEqual(['한빛경제위원회']);
    const o = org(e, '한빛경제위원회');
    expect(o?.nameEn).toBeNull();
    expect(o?.aliases).toContain('NEC');
    expect(o?.mentions.map((m) => textOf(doc, m))).toEqual(['한빛경제위원회', 'NEC', 'NEC']);
  });

  it('takes the gazetteer entry of the Korean name, not the one of the abbreviation (미국 국가경제위원회(NEC))', async () => {
    const { e } = await entitiesOf('미국 국가경제위원회(NEC)는 관세 방안을 검토했다. NEC는 곧 발표한다.');
    expect(en(e)).toEqual([['미국 국가경제위원회', 'National Economic Council (United States)']]);
    expect(e.organizations[0]?.mentions).toHaveLength(3);
  });

  it('takes no gazetteer body for an abbreviation the text defines for something else (아메리칸 뮤직 어워드(AMA))', async () => {
    const { e } = await entitiesOf('그는 아메리칸 뮤직 어워드(AMA)에서 공연했다. AMA 무대는 화려했다.');
    expect(orgNames(e)).toEqual([]);
  });

  it('adopts the gazetteer entry when the abbreviation agrees with the Korean name (중앙선거관리위원회(NEC))', async () => {
    const { e } = await entitiesOf('중앙선거관리위원회(NEC)는 투표율을 발표했다.');
    expect(en(e)).toEqual([['중앙선거관리위원회', 'National Election Commission (South Korea)']]);
  });

  it('adopts the entry of the abbreviation for a Korean form the gazetteer lacks when both name one body (국제축구연맹(FIFA))', async () => {
    const { e } = await entitiesOf('국제축구연맹(FIFA)은 규정을 바꿨다.');
    expect(e.organizations[0]?.nameEn).toBe('FIFA');
  });
});

describe('generic institution types are no organizations', () => {
  it('학교운영위원회, 시도교육청, 인터넷전문은행, 운전자, A매치', async () => {
    const { e } = await entitiesOf('학교운영위원회는 이를 심의했다. 시도교육청은 지침을 내렸다. 인터넷전문은행이 늘었다. 운전자는 주의해야 한다. 대한축구협회, 프로축구연맹, A매치 주관사가 모였다.');
    expect(orgNames(e)).toEqual(['대한축구협회', '프로축구연맹']);
  });

  it('still takes a named body with such a head (한울운영위원회 is no kind; 한빛은행 is a bank)', async () => {
    const { e } = await entitiesOf('한빛은행은 금리를 내렸다.');
    expect(orgNames(e)).toEqual(['한빛은행']);
  });
});

describe('quoted phrases after a descriptor', () => {
  it('takes no slogan or headline phrase in scare quotes as a name', async () => {
    const { e } = await entitiesOf('시민단체 ‘현장 목소리 외면’ 비판. 환경단체 ‘화석연료 돌려막기’ 지적. 기업 ‘2030 국가 온실가스 감축목표’ 부담.');
    expect(orgNames(e)).toEqual([]);
  });

  it('still takes a quoted name right after an organization-kind descriptor', async () => {
    const { e } = await entitiesOf('보안업체 ‘크로노실드’는 보고서를 냈다. 스타트업 ‘누리랩’이 투자를 받았다.');
    expect(orgNames(e)).toEqual(['크로노실드', '누리랩']);
  });
});

describe('names with punctuation at their edges', () => {
  it('strips a bar after a publisher in a byline (스포츠서울 | 홍길동 기자)', async () => {
    const { doc, e } = await entitiesOf('[스포츠서울 | 홍길동 기자] 경기가 열렸다.');
    expect(orgNames(e)).toEqual(['스포츠서울']);
    expect(org(e, '스포츠서울')?.nameEn).toBe('Sports Seoul');
    expect(bylineNames(doc, e).publisher).toEqual({ name: '스포츠서울', nameEn: 'Sports Seoul' });
    expect(person(e, '홍길동')?.role).toBe('스포츠서울 기자');
  });

  it('takes the publisher of a byline line written with a bar (한빛스포츠 | 홍길동 기자)', async () => {
    const { e } = await entitiesOf('한빛스포츠 | 홍길동 기자\n\n류현진이 복귀전에서 승리했다.');
    expect(org(e, '한빛스포츠')?.type).toBe('media');
  });
});

describe('a person before an organization and a title', () => {
  it('keeps a foreign name out of the organization (가타야마 마사노리 이스즈자동차 사장)', async () => {
    const { e } = await entitiesOf('가타야마 마사노리 이스즈자동차 사장은 신차 계획을 밝혔다.');
    expect(orgNames(e)).toEqual(['이스즈자동차']);
    expect(org(e, '이스즈자동차')?.type).toBe('company');
    expect(person(e, '가타야마 마사노리')?.organization).toBe('이스즈자동차');
  });
});

describe('a metropolitan government named like its city', () => {
  for (const [text, why] of [
    ['서울시는 내년부터 청년 지원을 확대한다고 밝혔다.', 'subject'],
    ['서울시가 새 정책을 내놨다.', 'subject'],
    ['서울시도 동참했다.', '도'],
    ['서울시에 따르면 이번 사업은 확대된다.', '에 따르면'],
    ['서울시와 한빛환자단체연합회는 협약을 체결했다.', 'a list acting as the subject'],
    ['한빛재단은 서울시와 업무협약을 맺었다.', 'a partner'],
    ['서울시(시장 오세훈)는 5일 계획을 발표했다.', 'a parenthesis with its head'],
    ['서울시의 이번 조치는 이례적이다.', 'its doing'],
    ['‘서울시’는 계획을 발표했다.', 'quoted'],
    ['서울시, 청년 지원 확대\n\n서울 청년들의 주거비 부담이 커지고 있다. 지원 대상은 3만 명이다.', 'a headline'],
  ] as const) {
    it(`takes 서울시 as the Seoul Metropolitan Government (${why})`, async () => {
      const { e } = await entitiesOf(text);
      expect(org(e, '서울시')?.nameEn).toBe('Seoul Metropolitan Government');
    });
  }

  it('leaves 서울시 as a place (서울시 강남구, 서울시에 사는, 서울시와 경기도에서)', async () => {
    const { e } = await entitiesOf('서울시 강남구에 산다. 서울시에 사는 주민이 늘었다. 서울시와 경기도에서 비가 왔다. 서울시의 인구가 줄었다. 서울시, 경기도, 인천시 등 수도권에 비가 왔다.');
    expect(orgNames(e)).toEqual([]);
  });
});

describe('unknown bodies with common heads', () => {
  it('takes associations (…연합회, …공업회)', async () => {
    const { e } = await entitiesOf('한빛환자단체연합회는 성명을 냈다. 누리자동차공업회는 판매 실적을 발표했다.');
    expect(orgNames(e)).toEqual(['한빛환자단체연합회', '누리자동차공업회']);
  });

  it('takes a carmaker named by a foreign name and 자동차, and financial firms', async () => {
    const { e } = await entitiesOf('다이하쓰자동차가 신차를 냈다. 누리증권과 한빛캐피탈, 다온저축은행, 누리자산운용, 한빛손해보험, 다온생명이 참여했다.');
    expect(orgNames(e)).toEqual(['다이하쓰자동차', '누리증권', '한빛캐피탈', '다온저축은행', '누리자산운용', '한빛손해보험', '다온생명']);
    for (const o of e.organizations) expect(o.type).toBe('company');
  });

  it('takes such a firm named by a brand without a list (한빛증권은, 한빛손해보험이)', async () => {
    const { e } = await entitiesOf('한빛증권은 보고서를 냈다. 다이하쓰자동차 관계자는 말했다. 한빛손해보험이 상품을 내놨다.');
    expect(orgNames(e)).toEqual(['한빛증권', '다이하쓰자동차', '한빛손해보험']);
  });

  it('takes no generic noun with such a head (전기자동차, 수입자동차)', async () => {
    const { e } = await entitiesOf('전기자동차가 늘었다. 수입자동차 판매가 줄었다.');
    expect(orgNames(e)).toEqual([]);
  });

  it('reads credit raters from the gazetteer', async () => {
    const { e } = await entitiesOf('한국신용평가와 나이스신용평가, 한국기업평가는 등급을 내렸다.');
    expect(en(e)).toEqual([
      ['한국신용평가', 'Korea Investors Service'],
      ['나이스신용평가', 'NICE Investors Service'],
      ['한국기업평가', 'Korea Ratings'],
    ]);
  });
});

describe('English names of Korean subsidiaries and one-body names', () => {
  it('names X코리아 and 한국X after the foreign parent (구글코리아 → Google Korea, 한국IBM → IBM Korea)', async () => {
    const { e } = await entitiesOf('구글코리아와 애플코리아, 마이크로소프트코리아, 한국IBM이 참여했다.');
    expect(en(e)).toEqual([
      ['구글코리아', 'Google Korea'],
      ['애플코리아', 'Apple Korea'],
      ['마이크로소프트코리아', 'Microsoft Korea'],
      ['한국IBM', 'IBM Korea'],
    ]);
    for (const o of e.organizations) expect(o.type).toBe('company');
  });

  it('does not cut a name at a middle dot when the tail is an organization head', async () => {
    const { e } = await entitiesOf('한국의과대학·의학전문대학원협회는 입장을 냈다.');
    expect(en(e)).toEqual([['한국의과대학·의학전문대학원협회', 'Korean Association of Medical Colleges']]);
  });

  it('knows Japanese public lenders and conglomerate research institutes', async () => {
    const { e } = await entitiesOf('일본정책금융공고와 국제협력은행이 자금을 댄다. 삼성교통안전문화연구소는 분석을 냈다.');
    expect(en(e)).toEqual([
      ['일본정책금융공고', 'Japan Finance Corporation'],
      ['국제협력은행', 'Japan Bank for International Cooperation'],
      ['삼성교통안전문화연구소', 'Samsung Traffic Safety Research Institute'],
    ]);
  });
});

describe('English articles', () => {
  it('takes multiword capitalized names with a corporate head', async () => {
    const { e } = await entitiesOf(
      'Hyundai Motor Group Metaplant America began production in October. Hyundai Mobis America Inc. and Toyota Motor Co. said they would expand.',
      'en',
    );
    expect(orgNames(e)).toEqual(['Hyundai Motor Group Metaplant America', 'Hyundai Mobis America Inc.', 'Toyota Motor Co.']);
    for (const o of e.organizations) expect(o.type).toBe('company');
  });

  it('takes no place as a subsidiary (South Korea, North America)', async () => {
    const { e } = await entitiesOf('South Korea and North America traded more in October.', 'en');
    expect(orgNames(e)).toEqual([]);
  });
});
