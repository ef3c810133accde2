import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectStructure, type StructureInfo } from '../src/text/structure';

const slice = (t: string, r: { start: number; end: number } | null) => (r ? t.slice(r.start, r.end) : null);

describe('detectStructure', () => {
  it('finds deck, bracket byline, dateline and headings of a newspaper article', () => {
    const t = readFileSync('fixtures/ai-alliance.ko.txt', 'utf8');
    const s: StructureInfo = detectStructure(t);
    expect(s.title).toBeNull();
    expect(s.deck.map((r) => slice(t, r))).toEqual([
      'AMD, 인텔, 유수의 대학, 정부기관, 시민단체 등 각국의 50여개 단체 참여',
      '“오픈소스 등 책임감 있고 선의의 투명하고 접근 가능한 AI 기술 개발, 보급”',
    ]);
    expect(slice(t, s.byline)).toBe('[애플경제 전윤미 기자]');
    expect(s.byline?.publisher).toBe('애플경제');
    expect(s.byline?.reporter).toBe('전윤미');
    expect(slice(t, s.dateline)).toBe('5일(현지시각)');
    expect(s.headings.map((r) => slice(t, r))).toEqual([
      '회원기업들 ‘AI윤리’ 솔선수범 모양새',
      '개방형 기반 모델 생태계 보급',
      '실무 그룹, 기술감독위원회 등 결성 예정',
    ]);
  });

  it('finds the title and the broadcast sign-off of a VOA article', () => {
    const t = readFileSync('fixtures/voa-unification-minister.ko.txt', 'utf8');
    const s = detectStructure(t);
    expect(slice(t, s.title)).toBe('김영호 한국 통일부 장관 후보자 "통일부 역할 변해야...북한 인권 보편 관점 접근"');
    expect(s.byline?.reporter).toBe('김환용');
    expect(s.byline?.publisher).toBe('VOA');
    expect(s.headings).toEqual([]);
  });

  it('reads wire bylines', () => {
    const t = '제목\n\n(서울=연합뉴스) 홍길동 기자 = 정부는 5일 새 정책을 발표했다. 이어 설명했다.';
    const s = detectStructure(t);
    expect(slice(t, s.title)).toBe('제목');
    expect(slice(t, s.byline)).toBe('(서울=연합뉴스) 홍길동 기자 =');
    expect(s.byline?.publisher).toBe('연합뉴스');
    expect(s.byline?.reporter).toBe('홍길동');
    expect(slice(t, s.dateline)).toBe('(서울=연합뉴스)');
    expect(s.paragraphs[1]?.textStart).toBe(t.indexOf('정부는'));
  });

  it('reads a reporter sign-off with an e-mail address', () => {
    const t = '정부는 5일 새 정책을 발표했다고 밝혔다. 여러 기관이 참여한다.\n홍길동 기자 hong@example.co.kr';
    const s = detectStructure(t);
    expect(s.byline?.reporter).toBe('홍길동');
  });

  it('reads an English byline and dateline', () => {
    const t = 'Alliance launches\nBy Jane Doe\nSEOUL, Dec. 5 (Yonhap) -- The alliance was launched on Tuesday, officials said in a statement.';
    const s = detectStructure(t);
    expect(s.byline?.reporter).toBe('Jane Doe');
    expect(slice(t, s.title)).toBe('Alliance launches');
    expect(slice(t, s.dateline)).toBe('SEOUL, Dec. 5 (Yonhap) --');
  });

  it('gives every fixture paragraphs that slice to trimmed lines', () => {
    for (const f of readdirSync('fixtures').filter((x) => x.endsWith('.txt'))) {
      const t = readFileSync(`fixtures/${f}`, 'utf8');
      const s = detectStructure(t);
      expect(s.paragraphs.length).toBeGreaterThan(3);
      for (const p of s.paragraphs) expect(slice(t, p)).toBe(slice(t, p)?.trim());
    }
  });
});

describe('detectStructure: more outlets', () => {
  it('reads [OUTLET=name 기자] and a headline-shaped first line', () => {
    const t = '한빛전자, 새 공장 착공…“2030년 양산”\n첫 공장 1년 앞당겨\n[OSEN=홍길동 기자] 한빛전자가 5일 새 공장 착공식을 열었다. 회사는 투자를 늘린다.';
    const s = detectStructure(t);
    expect(slice(t, s.title)).toBe('한빛전자, 새 공장 착공…“2030년 양산”');
    expect(s.deck.map((r) => slice(t, r))).toEqual(['첫 공장 1년 앞당겨']);
    expect(s.byline?.publisher).toBe('OSEN');
    expect(s.byline?.reporter).toBe('홍길동');
  });

  it('reads a correspondent byline in lenticular brackets without a publisher', () => {
    const t = '제목…부제\n【베이징=홍길동 특파원】 중국 외교부장이 7일(현지시간) 기자회견을 열었다. 그는 강경 대응을 예고했다.';
    const s = detectStructure(t);
    expect(slice(t, s.byline)).toBe('【베이징=홍길동 특파원】');
    expect(s.byline?.publisher).toBeNull();
    expect(s.byline?.reporter).toBe('홍길동');
    expect(slice(t, s.dateline)).toBe('7일(현지시간)');
  });

  it('takes [place=agency] as the dateline of a wire byline and 오늘(18일) in broadcast leads', () => {
    const t1 = '제목\n\n[서울=뉴시스]홍길동 기자 = 정부가 예산안을 발표했다. 여야는 맞섰다.';
    expect(slice(t1, detectStructure(t1).dateline)).toBe('[서울=뉴시스]');
    const t2 = '제주 관광 대책…“부족”\n제주도가 오늘(18일) 관광 대책을 내놨습니다. 하지만 지적도 나옵니다.';
    expect(slice(t2, detectStructure(t2).dateline)).toBe('오늘(18일)');
  });
});

describe('detectStructure: broadcast transcripts', () => {
  it('keeps anchor and report labels out of the deck and headings and reads the sign-off', () => {
    const t = [
      '고령 운전자 사고 늘어…“면허 반납 유도해야”',
      '[앵커]',
      '고령 운전자가 낸 교통사고가 5년 새 두 배로 늘었습니다. 정부가 대책을 내놨습니다.',
      '◀ 리포트 ▶',
      '지난달 서울 도심에서 70대 운전자가 몰던 차량이 인도로 돌진했습니다.',
      '[인터뷰: 김정순 / 목격자]',
      '“갑자기 차가 달려들었어요.”',
      '지금까지 제주에서 SBS 홍길동입니다.',
    ].join('\n');
    const s = detectStructure(t);
    expect(slice(t, s.title)).toBe('고령 운전자 사고 늘어…“면허 반납 유도해야”');
    expect(s.deck).toEqual([]);
    expect(s.headings).toEqual([]);
    expect(s.byline?.publisher).toBe('SBS');
    expect(s.byline?.reporter).toBe('홍길동');
  });

  it('does not take a last line naming an expert for a sign-off', () => {
    const t = '정부는 새 대책을 발표했다고 밝혔습니다. 여러 기관이 참여합니다.\n박민수 한국대 행정학과 교수입니다.';
    expect(detectStructure(t).byline).toBeNull();
  });
});

describe('detectStructure: separators in bylines', () => {
  it('keeps a pipe out of the publisher', () => {
    const t1 = '제목…부제\n[스포츠서울 | 홍길동 기자] 구단이 5일 새 구장 계획을 발표했다. 팬들은 반겼다.';
    expect(detectStructure(t1).byline?.publisher).toBe('스포츠서울');
    const t2 = '제목…부제\n스포츠서울 | 홍길동 기자\n구단이 5일 새 구장 계획을 발표했다. 팬들은 반겼다.';
    const s2 = detectStructure(t2);
    expect(s2.byline?.publisher).toBe('스포츠서울');
    expect(s2.byline?.reporter).toBe('홍길동');
  });
});
