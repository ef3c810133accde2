import { describe, expect, it } from 'vitest';
import type { Doc } from '../src/doc';
import { extractEntities } from '../src/extract/entities';
import { Trie } from '../src/extract/entities/trie';
import type { EntityIndex, OrgEntity, PersonEntity } from '../src/extract/model';
import { docOf, textOf } from './helpers';

// Names in these tests that are not real organizations or people (블루웨이브, 한울미래재단,
// Quantora Labs, 로렌초 마르티넬리 …) are in no gazetteer: the rules must find them on their own.

async function entitiesOf(text: string): Promise<{ doc: Doc; e: EntityIndex }> {
  const doc = await docOf(text);
  return { doc, e: extractEntities(doc) };
}

function org(e: EntityIndex, name: string): OrgEntity | undefined {
  return e.organizations.find((o) => o.name === name);
}

function person(e: EntityIndex, name: string): PersonEntity | undefined {
  return e.persons.find((p) => p.name === name);
}

function mentionsOf(doc: Doc, x: { mentions: Array<{ start: number; end: number }> }): Array<string | null> {
  return x.mentions.map((m) => textOf(doc, m));
}

/** `refAt` over the first occurrence of `phrase`. */
function refOf(doc: Doc, e: EntityIndex, phrase: string): ReturnType<EntityIndex['refAt']> {
  const at = doc.text.indexOf(phrase);
  expect(at).toBeGreaterThanOrEqual(0);
  return e.refAt(at, at + phrase.length);
}

describe('gazetteer', () => {
  it('finds a gazetteer organization with its English name, particles stripped', async () => {
    const { doc, e } = await entitiesOf('구글이 새 모델을 공개했다.');
    const g = org(e, '구글');
    expect(g?.nameEn).toBe('Google');
    expect(g?.type).toBe('company');
    expect(mentionsOf(doc, g!)).toEqual(['구글']);
    expect(g?.evidence).toContain('gazetteer');
  });

  it('matches regardless of spacing (리눅스재단 = 리눅스 재단)', async () => {
    const { e } = await entitiesOf('리눅스재단과 리눅스 재단은 같은 곳이다.');
    expect(e.organizations).toHaveLength(1);
    expect(e.organizations[0]?.nameEn).toBe('Linux Foundation');
    expect(e.organizations[0]?.mentions).toHaveLength(2);
  });

  it('does not match a name inside a longer word (메타 in 메타버스)', async () => {
    const { e } = await entitiesOf('메타버스 시장이 커졌다.');
    expect(e.organizations).toEqual([]);
  });

  it('does not believe a weak form without context (메타 분석)', async () => {
    const { e } = await entitiesOf('메타 분석 결과가 나왔다.');
    expect(e.organizations).toEqual([]);
  });

  it('believes a weak form in a list of organizations (메타를 비롯해 구글)', async () => {
    const { e } = await entitiesOf('메타를 비롯해 구글과 인텔이 참여했다.');
    expect(org(e, '메타')?.nameEn).toBe('Meta');
  });

  it('joins a country prefix to the mention and keeps the bare name as an alias', async () => {
    const { e } = await entitiesOf('미 국립과학재단이 연구를 지원했다.');
    const nsf = org(e, '미 국립과학재단');
    expect(nsf?.nameEn).toBe('U.S. National Science Foundation');
    expect(nsf?.aliases).toContain('국립과학재단');
  });
});

describe('suffix rule', () => {
  it('makes a name ending in an organization suffix an organization (…재단)', async () => {
    const { e } = await entitiesOf('한울미래재단은 장학금을 지급했다.');
    const o = org(e, '한울미래재단');
    expect(o?.type).toBe('foundation');
    expect(o?.nameEn).toBeNull();
    expect(o?.evidence).toContain('suffix');
  });

  it('joins the name words before a suffix written as a word of its own, up to a known organization', async () => {
    const { e } = await entitiesOf('이번 조사에는 국방부 사이버 범죄 센터가 참여했다.');
    expect(org(e, '국방부 사이버 범죄 센터')).toBeDefined();
    expect(org(e, '국방부')).toBeUndefined();
  });

  it('leaves generic phrases alone (유수의 대학, 정부기관, 시민단체, 기술 감독 위원회)', async () => {
    const { e } = await entitiesOf('유수의 대학, 정부기관, 시민단체 등이 참여했고 기술 감독 위원회를 구성할 예정이다.');
    expect(e.organizations).toEqual([]);
  });

  it('does not take ordinary words that end like a suffix (정부, 회원국, 개발도상국)', async () => {
    const { e } = await entitiesOf('정부는 회원국과 개발도상국의 의견을 들었다고 밝혔다.');
    expect(e.organizations).toEqual([]);
  });

  it('does not take a person whose name ends like a suffix (김예원 씨)', async () => {
    const { e } = await entitiesOf('배우 김예원 씨가 출연했다.');
    expect(e.organizations).toEqual([]);
  });
});

describe('countries and places', () => {
  it('never makes a country or a city an organization', async () => {
    const { e } = await entitiesOf('미국과 한국, 영국이 워싱턴에서 회의를 열었다.');
    expect(e.organizations).toEqual([]);
  });

  it('keeps a city out of the name it stands before (서울 남북회담본부 → 남북회담본부)', async () => {
    const { e } = await entitiesOf('김 후보자는 서울 남북회담본부에서 기자들을 만났다.');
    expect(e.organizations.map((o) => o.name)).toEqual(['남북회담본부']);
  });

  it('takes a province only when it acts as a body (경기도는 … 밝혔다)', async () => {
    const { e: asPlace } = await entitiesOf('그는 경기도 포천시에 산다.');
    expect(asPlace.organizations).toEqual([]);
    const { e: asBody } = await entitiesOf('경기도는 23일 새 대책을 밝혔다.');
    expect(asBody.organizations.map((o) => o.name)).toEqual(['경기도']);
  });
});

describe('Latin names', () => {
  it('finds a Latin name with an organization word (Quantora Labs)', async () => {
    const { e } = await entitiesOf('Quantora Labs는 새 모델을 공개했다.');
    const o = org(e, 'Quantora Labs');
    expect(o?.nameEn).toBe('Quantora Labs');
    expect(o?.type).toBe('research');
  });

  it('keeps IBM Research one organization, not IBM', async () => {
    const { e } = await entitiesOf('IBM Research의 연구진은 말했다.');
    expect(e.organizations.map((o) => o.name)).toEqual(['IBM Research']);
  });

  it('does not take anonymized people (A 씨) or acronyms (AI) as organizations', async () => {
    const { e } = await entitiesOf('A 씨는 AI 기술을 공부했다.');
    expect(e.organizations).toEqual([]);
  });
});

describe('parentheses', () => {
  it('takes the English name in parentheses as nameEn and alias (‘해양 동맹’(Ocean Alliance))', async () => {
    const { e } = await entitiesOf('글로벌 ‘해양 동맹’(Ocean Alliance)이 출범했다.');
    const o = org(e, '해양 동맹');
    expect(o?.nameEn).toBe('Ocean Alliance');
    expect(o?.aliases).toContain('Ocean Alliance');
    expect(o?.evidence).toContain('parenthesis-en');
  });

  it('takes an acronym in parentheses as an alias, and its later mentions (연방수사국(FBI) … FBI)', async () => {
    const { doc, e } = await entitiesOf('미 연방수사국(FBI)과 협력했다. FBI는 성명을 냈다.');
    const fbi = e.organizations[0];
    expect(fbi?.nameEn).toBe('Federal Bureau of Investigation');
    expect(fbi?.aliases).toContain('FBI');
    expect(mentionsOf(doc, fbi!)).toEqual(['미 연방수사국', 'FBI', 'FBI']);
  });

  it('makes an unknown name with an acronym an organization (국가우주정보단(NSIC))', async () => {
    const { e } = await entitiesOf('국가우주정보단(NSIC)은 경고했다.');
    expect(org(e, '국가우주정보단')?.aliases).toEqual(['NSIC']);
  });

  it('ignores parentheses that name no organization (압류하는 법(Red Flag Laws))', async () => {
    const { e } = await entitiesOf('총기를 압류하는 법(Red Flag Laws)을 시행한다.');
    expect(e.organizations).toEqual([]);
  });
});

describe('apposition', () => {
  it('takes the quoted name after a media descriptor (기술매체 ‘블루웨이브’)', async () => {
    const { e } = await entitiesOf('그는 기술매체 ‘블루웨이브’와의 인터뷰에서 말했다.');
    const o = org(e, '블루웨이브');
    expect(o?.type).toBe('media');
    expect(o?.evidence).toContain('apposition');
  });

  it('takes the quoted name after a company descriptor (사이버 보안업체 ‘크로노실드’)', async () => {
    const { e } = await entitiesOf('사이버 보안업체 ‘크로노실드’도 보고서를 냈다.');
    expect(org(e, '크로노실드')?.type).toBe('company');
  });

  it('takes the name after `descriptor + 인` (검색 기업인 나비온)', async () => {
    const { e } = await entitiesOf('인터넷 검색 기업인 나비온이 발표했다.');
    expect(org(e, '나비온')?.type).toBe('company');
  });
});

describe('enumerations', () => {
  it('makes the unknown items of a list of organizations organizations too', async () => {
    const { e } = await entitiesOf('IBM, 메타를 비롯, 인텔, 카르노바 솔루션즈, 예일대 등이다.');
    expect(org(e, '카르노바 솔루션즈')?.evidence).toContain('enumeration');
    expect(e.organizations).toHaveLength(5);
  });

  it('makes the items of `A, B 등 + descriptor` organizations (해킹조직)', async () => {
    const { e } = await entitiesOf('라임스톤, 블랙팬서 등으로 알려진 해킹조직이 활동했다.');
    expect(e.organizations.map((o) => o.name)).toEqual(['라임스톤', '블랙팬서']);
  });

  it('leaves a list of countries or topics alone', async () => {
    const { e } = await entitiesOf('미국, 일본, 호주, 인도가 참여하고 기후, 교육 등 과제를 해결한다.');
    expect(e.organizations).toEqual([]);
  });
});

describe('coreference', () => {
  it('makes `이 기구` a mention of the organization meant, resolvable with refAt', async () => {
    const { doc, e } = await entitiesOf('IBM과 메타가 주도한 ‘해양 동맹’(Ocean Alliance)이 출범했다. 이 기구는 보고서를 냈다.');
    const r = refOf(doc, e, '이 기구는');
    expect(r?.kind).toBe('org');
    expect(e.organizations[r!.index]?.name).toBe('해양 동맹');
    expect(mentionsOf(doc, e.organizations[r!.index]!)).toContain('이 기구');
  });

  it('makes `동사` a mention of the company meant', async () => {
    const { doc, e } = await entitiesOf('한울전자는 신제품을 냈다. 동사는 내년 상장을 추진한다.');
    const r = refOf(doc, e, '동사는');
    expect(e.organizations[r!.index]?.name).toBe('한울전자');
  });

  it('prefers an organization of the narrative over one named inside a quotation', async () => {
    const { doc, e } = await entitiesOf('한울전자가 새 공장을 착공했다. 업계 관계자는 “TSMC와 인텔도 투자를 늘리고 있다”고 전했다. 이 회사는 내년 양산을 목표로 한다.');
    const r = refOf(doc, e, '이 회사는');
    expect(e.organizations[r!.index]?.name).toBe('한울전자');
  });

  it('refers `리눅스 재단 관계자` to nobody (관계자 is the head) and `리눅스 재단은` to the foundation', async () => {
    const { doc, e } = await entitiesOf('리눅스 재단 관계자는 말했다. 리눅스 재단은 밝혔다.');
    expect(refOf(doc, e, '리눅스 재단 관계자는')).toBeNull();
    expect(refOf(doc, e, '리눅스 재단은')?.kind).toBe('org');
  });
});

describe('persons', () => {
  it('takes a transliterated name after a role (…이사인 로렌초 마르티넬리는) with role and organization', async () => {
    const { e } = await entitiesOf('IBM Research의 AI 개방형 혁신 이사인 로렌초 마르티넬리는 말했다.');
    const p = person(e, '로렌초 마르티넬리');
    expect(p?.role).toBe('IBM Research의 AI 개방형 혁신 이사');
    expect(p?.organization).toBe('IBM Research');
    expect(p?.nameEn).toBeNull(); // not in the people gazetteer: no invented spelling
  });

  it('takes `organization NAME title` and romanizes a Korean name (통일연구원 홍길순 박사)', async () => {
    const { e } = await entitiesOf('통일연구원 홍길순 박사는 평가했다.');
    const p = person(e, '홍길순');
    expect(p?.role).toBe('통일연구원 박사');
    expect(p?.nameEn).toBe('Hong Gil-sun');
  });

  it('resolves a later surname + title (김 연구위원) to the person introduced', async () => {
    const { doc, e } = await entitiesOf('김철수 한국개발연구원 연구위원은 말했다. 김 연구위원은 덧붙였다.');
    expect(e.persons).toHaveLength(1);
    const r = refOf(doc, e, '김 연구위원은');
    expect(r).toEqual({ kind: 'person', index: 0 });
  });

  it('gives the English name of a well-known person from the people gazetteer', async () => {
    const { e } = await entitiesOf('닉 클레그 메타 사장은 설명했다.');
    const p = person(e, '닉 클레그');
    expect(p?.nameEn).toBe('Nick Clegg');
    expect(p?.organization).toBe('메타');
  });

  it('names the person by the full name even when a short form comes first (바이든 대통령 … 조 바이든)', async () => {
    const { e } = await entitiesOf('바이든 대통령, 법안 서명\n조 바이든 대통령이 25일 법안에 서명했다.');
    expect(e.persons.map((p) => p.name)).toEqual(['조 바이든']);
    expect(e.persons[0]?.mentions).toHaveLength(2);
  });

  it('takes the byline reporter with the publisher as organization', async () => {
    const { e } = await entitiesOf('[한빛일보 박민지 기자] 새 법안이 25일 국회를 통과했다.');
    const p = person(e, '박민지');
    expect(p?.role).toBe('한빛일보 기자');
    expect(p?.nameEn).toBe('Park Min-ji');
    expect(org(e, '한빛일보')?.type).toBe('media');
    expect(org(e, '한빛일보')?.evidence).toContain('byline');
  });

  it('takes a leader named by an administration (이명박 정부) without a role', async () => {
    const { e } = await entitiesOf('김 후보자는 이명박 정부 시절 외교부 인권대사를 지냈다.');
    expect(e.persons.map((p) => [p.name, p.nameEn, p.role])).toEqual([['이명박', 'Lee Myung-bak', null]]);
  });

  it('finds no person in titles without a name (미국 대통령, 정부 관계자)', async () => {
    const { e } = await entitiesOf('미국 대통령과 정부 관계자가 만났다.');
    expect(e.persons).toEqual([]);
  });
});

describe('Trie', () => {
  it('matches keys spacing-insensitively and reports every key that starts at a position', () => {
    const t = new Trie<number>();
    t.add('리눅스 재단', 1);
    t.add('리눅스', 2);
    const hits = t.matchesAt('리눅스  재단이', 0);
    expect(hits.map((h) => [h.end, h.values])).toEqual([
      [3, [2]],
      [7, [1]],
    ]);
  });
});
