import { describe, expect, it } from 'vitest';
import type { Doc } from '../src/doc';
import { bylineNames, extractEntities } from '../src/extract/entities';
import type { EntityIndex, OrgEntity, PersonEntity } from '../src/extract/model';
import { docOf, textOf } from './helpers';

// Names that are not real organizations or people (사피온코리아 stands for any unknown company,
// 한빛테크, 누리랩스, 제임스 하퍼 …) are in no gazetteer: the rules must find them on their own.

async function entitiesOf(text: string): Promise<{ doc: Doc; e: EntityIndex }> {
  const doc = await docOf(text);
  return { doc, e: extractEntities(doc) };
}

const org = (e: EntityIndex, name: string): OrgEntity | undefined => e.organizations.find((o) => o.name === name);
const person = (e: EntityIndex, name: string): PersonEntity | undefined => e.persons.find((p) => p.name === name);
const orgNames = (e: EntityIndex): string[] => e.organizations.map((o) => o.name);

describe('bare titles and generic compounds are no organizations', () => {
  it('does not read a title as an organization (선임연구원, CCO, 지도부)', async () => {
    const { e } = await entitiesOf('김철수 선임연구원은 말했다. 회사의 CCO는 지도부에 보고했다. 북한 지도부는 침묵했다.');
    expect(orgNames(e)).toEqual([]);
    expect(person(e, '김철수')?.role).toBe('선임연구원');
  });

  it('does not take a suffix after one ordinary noun (신고센터, 혁신위원회) without support', async () => {
    const { e } = await entitiesOf('정부는 신고센터를 운영하고 혁신위원회를 꾸렸다.');
    expect(orgNames(e)).toEqual([]);
  });

  it('takes such a name after a known organization (국민의힘 혁신위원회)', async () => {
    const { e } = await entitiesOf('국민의힘 혁신위원회는 이날 회의를 열었다.');
    expect(orgNames(e)).toEqual(['국민의힘 혁신위원회']);
  });

  it('takes a committee acting as the subject (혁신위는 … 발표할 예정이다)', async () => {
    const { e } = await entitiesOf('혁신위는 다음달 15일 개선방안을 발표할 예정이다.');
    expect(orgNames(e)).toEqual(['혁신위']);
  });

  it('keeps a proper name before the suffix (한울교통연구원)', async () => {
    const { e } = await entitiesOf('한울교통연구원은 보고서를 냈다.');
    expect(orgNames(e)).toEqual(['한울교통연구원']);
  });

  it('does not take a reporter named after a media descriptor as an organization (방송 존 스미스 기자)', async () => {
    const { e } = await entitiesOf('미국 CNN 방송 존 스미스 기자는 보도했다.');
    expect(orgNames(e)).not.toContain('존');
    expect(person(e, '존 스미스')?.role).toContain('기자');
  });

  it('leaves a descriptor out of the name (일본 매체 교도통신 → 교도통신)', async () => {
    const { e } = await entitiesOf('일본 매체 교도통신은 전했다.');
    expect(orgNames(e)).toEqual(['교도통신']);
  });
});

describe('lists', () => {
  it('does not take a connective word before a list as an item (…하는 한편, A과 B)', async () => {
    const { e } = await entitiesOf('도는 교통망 확충을 건의하는 한편, 한국교통안전공단과 한국교통연구원에 조사를 의뢰했다.');
    expect(orgNames(e)).toEqual(['한국교통안전공단', '한국교통연구원']);
  });
});

describe('Latin names glued to other Latin words', () => {
  it('does not take the gazetteer name Quad inside a product name (REBEL-Quad)', async () => {
    const { e } = await entitiesOf('리벨리온은 REBEL-Quad 칩을 공개했다.');
    expect(orgNames(e)).toEqual(['리벨리온']);
  });

  it('still takes Quad standing alone', async () => {
    const { e } = await entitiesOf('쿼드(Quad) 정상들은 만났다. Quad 정상회의가 열렸다.');
    expect(e.organizations.map((o) => o.nameEn)).toEqual(['Quad']);
  });
});

describe('unknown companies', () => {
  it('takes a Hangul name with a corporate suffix glued on (…코리아, …테크, …랩스, …홀딩스)', async () => {
    const { e } = await entitiesOf('사피온코리아는 한빛테크, 누리랩스, 다온홀딩스와 협력한다고 밝혔다.');
    expect(orgNames(e)).toEqual(['사피온코리아', '한빛테크', '누리랩스', '다온홀딩스']);
    expect(org(e, '사피온코리아')?.type).toBe('company');
  });

  it('does not take ordinary words that end like a corporate suffix (핀테크, 에듀테크, 팀코리아, 미스코리아)', async () => {
    const { e } = await entitiesOf('핀테크 기업과 에듀테크 스타트업이 늘었다. 팀코리아는 선전했다. 미스코리아 대회가 열렸다.');
    expect(orgNames(e)).toEqual([]);
  });

  it('takes the quoted name after a descriptor even when mecab misreads it (스타트업 ‘사피온’은)', async () => {
    const { e } = await entitiesOf('AI 반도체 스타트업 ‘사피온’은 신제품을 공개했다.');
    expect(org(e, '사피온')?.type).toBe('company');
    expect(org(e, '사피온')?.evidence).toContain('apposition');
  });

  it('takes a record label written with a word of its own (리퍼블릭 레코드)', async () => {
    const { e } = await entitiesOf('그는 리퍼블릭 레코드와 계약했다.');
    expect(org(e, '리퍼블릭 레코드')?.type).toBe('company');
  });
});

describe('numbered units', () => {
  it('gives a numbered unit an English name (정찰총국 제3국 → Third Bureau)', async () => {
    const { e } = await entitiesOf('정찰총국 제3국은 해킹을 주도했다.');
    expect(org(e, '제3국')?.nameEn).toBe('Third Bureau');
  });

  it('gives no English name to a unit without a settled English word (제2과)', async () => {
    const { e } = await entitiesOf('정찰총국 제2과는 해킹을 주도했다.');
    expect(org(e, '제2과')?.nameEn ?? null).toBeNull();
  });
});

describe('persons', () => {
  it('finds a two-syllable foreign name the gazetteer marks weak when a country and a title follow (왕이 중국 외교부장)', async () => {
    const { e } = await entitiesOf('왕이 중국 외교부장은 이날 회담했다.');
    const p = person(e, '왕이');
    expect(p?.nameEn).toBe('Wang Yi');
    expect(p?.role).toBe('중국 외교부장');
  });

  it('finds the weak name before a long affiliation and a title (왕이 중국 공산당 … 판공실 주임)', async () => {
    const { e } = await entitiesOf('왕이 중국 공산당 중앙외사공작위원회 판공실 주임 겸 외교부장은 이날 회담했다.');
    expect(person(e, '왕이')?.nameEn).toBe('Wang Yi');
  });

  it('does not take the weak name without a title (왕이 되었다)', async () => {
    const { e } = await entitiesOf('그는 마침내 왕이 되었다.');
    expect(e.persons).toEqual([]);
  });

  it('finds a two-syllable name with a title (리창 총리)', async () => {
    const { e } = await entitiesOf('리창 총리는 말했다.');
    expect(person(e, '리창')?.nameEn).toBe('Li Qiang');
  });

  it('names the person by the full name written anywhere (트럼프 대통령 … 도널드 트럼프)', async () => {
    const { e } = await entitiesOf('트럼프 대통령은 관세를 언급했다. 도널드 트럼프 대통령은 지난달에도 말했다.');
    expect(e.persons.map((p) => p.name)).toEqual(['도널드 트럼프']);
  });

  it('merges a last name introduced first into the full name that comes later (하퍼 … 제임스 하퍼)', async () => {
    const { e } = await entitiesOf('보안업체 크로노실드의 하퍼 수석분석가는 말했다. 제임스 하퍼 수석분석가는 앞서 경고했다.');
    expect(e.persons.map((p) => p.name)).toEqual(['제임스 하퍼']);
    expect(e.persons[0]?.mentions).toHaveLength(2);
  });

  it('does not read a transliterated name as a Korean one (하퍼 → no Revised Romanization)', async () => {
    const { e } = await entitiesOf('하퍼 수석분석가는 말했다.');
    expect(e.persons[0]?.nameEn ?? null).toBeNull();
  });

  it('takes the speaker of a sound-bite label with a slash (녹취: 이름/직함)', async () => {
    const { e } = await entitiesOf('[녹취: 정민호/한울대학교 교수] “대화가 필요합니다.”');
    const p = person(e, '정민호');
    expect(p?.role).toBe('한울대학교 교수');
    expect(p?.nameEn).toBe('Jeong Min-ho');
  });

  it('takes a foreign speaker of a sound-bite label with the role after the slash', async () => {
    const { e } = await entitiesOf('[녹취: 존 커비 / 백악관 국가안보회의 전략소통조정관] “우리는 준비돼 있습니다.”');
    expect(person(e, '존 커비')?.role).toBe('백악관 국가안보회의 전략소통조정관');
  });

  it('takes the speaker of a label without a slash (녹취: 조한범 박사)', async () => {
    const { e } = await entitiesOf('[녹취: 조한범 박사] “좋습니다.”');
    expect(person(e, '조한범')?.role).toBe('박사');
  });

  it('ignores a bracket that is no sound-bite label', async () => {
    const { e } = await entitiesOf('[사진: 연합뉴스] 회의가 열렸다.');
    expect(e.persons).toEqual([]);
  });
});

describe('more person patterns', () => {
  it('takes a name with an age in parentheses before the title (김철수(45) 씨)', async () => {
    const { e } = await entitiesOf('김철수(45) 씨는 말했다. 박영희(32·회사원) 씨도 동의했다.');
    expect(e.persons.map((p) => p.name)).toEqual(['김철수', '박영희']);
  });

  it('does not take a stock code or a place in parentheses as an age (삼성전자(005930) 주가)', async () => {
    const { e } = await entitiesOf('삼성전자(005930) 주가가 올랐다.');
    expect(e.persons).toEqual([]);
  });

  it('resolves a one-syllable last name before a title to the person (젠슨 황 … 황 CEO)', async () => {
    const { doc, e } = await entitiesOf('젠슨 황 엔비디아 최고경영자는 말했다. 황 CEO는 덧붙였다.');
    expect(e.persons).toHaveLength(1);
    expect(e.persons[0]?.mentions.map((m) => textOf(doc, m))).toEqual(['젠슨 황', '황']);
  });

  it('names a person by the full form written later without a title (하퍼 … 제임스 하퍼가)', async () => {
    const { e } = await entitiesOf('하퍼 수석분석가는 말했다. 이 보고서는 제임스 하퍼가 썼다.');
    expect(e.persons.map((p) => p.name)).toEqual(['제임스 하퍼']);
  });
});

describe('a title before the name', () => {
  it('takes a name introduced by a title before it (미 국무부 대변인 매튜 밀러는)', async () => {
    const { e } = await entitiesOf('미 국무부 대변인 매튜 밀러는 브리핑에서 밝혔다.');
    const p = person(e, '매튜 밀러');
    expect(p?.role).toBe('미 국무부 대변인');
    expect(p?.organization).toBe('미 국무부');
  });

  it('takes a Korean name after a title, mecab misreading it or not (외교부 대변인 임수석은, 회사 대표 박영희는)', async () => {
    const { e } = await entitiesOf('외교부 대변인 임수석은 말했다. 이 회사 대표 박영희는 밝혔다.');
    expect(e.persons.map((p) => [p.name, p.role])).toEqual([
      ['임수석', '외교부 대변인'],
      ['박영희', '회사 대표'],
    ]);
  });

  it('takes no ordinary word after a title as a name (대표 선수는, 사장 자리를, 위원장 선거가)', async () => {
    const { e } = await entitiesOf('대표 선수는 경기에 나섰다. 사장 자리를 놓고 경쟁했다. 위원장 선거가 열렸다. 대표 이사를 선임했다.');
    expect(e.persons).toEqual([]);
  });
});

describe('weak names with a person of theirs after them', () => {
  it('believes a weak gazetteer name followed by a person and a title (한겨레 김정민 기자)', async () => {
    const { e } = await entitiesOf('한겨레 김정민 기자가 취재했다.');
    expect(org(e, '한겨레')?.nameEn).toBe('Hankyoreh');
    expect(person(e, '김정민')?.role).toBe('한겨레 기자');
  });

  it('does not believe it before a mere form of address (한겨레 김정민 씨)', async () => {
    const { e } = await entitiesOf('한겨레 김정민 씨가 왔다.');
    expect(orgNames(e)).toEqual([]);
  });
});

describe('bylineNames', () => {
  it('gives the publisher and reporter English names', async () => {
    const { doc, e } = await entitiesOf('[애플경제 전윤미 기자] IBM과 메타가 주도한 기구가 출범했다.');
    expect(bylineNames(doc, e)).toEqual({ publisher: { name: '애플경제', nameEn: 'Apple Economy' }, reporter: { name: '전윤미', nameEn: 'Jeon Yun-mi' } });
  });

  it('gives null for an unknown publisher and no byline', async () => {
    const { doc, e } = await entitiesOf('[한빛일보 박민지 기자] 새 법안이 통과했다.');
    expect(bylineNames(doc, e).publisher).toEqual({ name: '한빛일보', nameEn: null });
    const plain = await entitiesOf('새 법안이 통과했다.');
    expect(bylineNames(plain.doc, plain.e)).toEqual({ publisher: null, reporter: null });
  });
});

describe('spans', () => {
  it('keeps every mention inside the text', async () => {
    const { doc, e } = await entitiesOf('사피온코리아는 AI 반도체 스타트업 ‘사피온’과 협력한다.');
    for (const o of e.organizations) for (const m of o.mentions) expect(textOf(doc, m)).toBeTruthy();
  });
});
