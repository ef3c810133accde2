import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/extract/entities';
import type { QuoteAnnotation } from '../src/extract/model';
import { extractQuotes } from '../src/extract/quotes';
import { docOf, textOf } from './helpers';

/** The quotes of `text` as { text, speaker, via, kind, verb }. */
async function quotesOf(text: string) {
  const doc = await docOf(text);
  const quotes = extractQuotes(doc, extractEntities(doc));
  return {
    doc,
    quotes,
    list: quotes.map((q: QuoteAnnotation) => ({
      text: textOf(doc, q),
      speaker: q.speaker?.name ?? null,
      role: q.speaker?.role ?? null,
      kind: q.kind,
      via: q.speaker?.via ?? null,
      verb: q.verb,
      speakerKind: q.speaker?.kind ?? null,
    })),
  };
}

describe('direct quotes and their speakers', () => {
  it('takes the topic subject with name and title: 김철수 산업통상자원부 장관은 “…”고 말했다', async () => {
    const { list } = await quotesOf('김철수 산업통상자원부 장관은 “수출이 회복세로 돌아섰다”고 말했다.');
    expect(list).toEqual([
      expect.objectContaining({ text: '수출이 회복세로 돌아섰다', speaker: '김철수', role: '산업통상자원부 장관', kind: 'direct', via: 'explicit', verb: '말했다' }),
    ]);
  });

  it('reads an apposition: …의 연구 담당 부사장인 존 스미스는', async () => {
    const { list } = await quotesOf('구글 딥마인드의 연구 담당 부사장인 존 스미스는 “모델의 안전성이 가장 중요하다”고 강조했다.');
    expect(list[0]).toMatchObject({ speaker: '존 스미스', role: '구글 딥마인드의 연구 담당 부사장', verb: '강조했다' });
  });

  it('reads a chain of appositions joined by 이자 and 겸', async () => {
    const { list } = await quotesOf('데이터 분석 기업 ‘브라이트데이터’의 공동 창업자이자 이사회 의장 겸 대표인 마크 리처드슨은 “데이터가 곧 경쟁력”이라고 했다.');
    expect(list[0]).toMatchObject({ speaker: '마크 리처드슨', role: '데이터 분석 기업 ‘브라이트데이터’의 공동 창업자이자 이사회 의장 겸 대표', verb: '했다' });
  });

  it('takes a nominative subject 이/가 right before the quote', async () => {
    const { list } = await quotesOf('홍길동 한빛전자 대표가 “올해 흑자 전환이 목표”라고 말했다.');
    expect(list[0]).toMatchObject({ speaker: '홍길동', role: '한빛전자 대표' });
  });

  it('skips the subject of a relative clause (정부가 지명한 …)', async () => {
    const { list } = await quotesOf('정부가 지난달 지명한 박영수 후보자는 “국민의 눈높이에 맞추겠다”고 밝혔다.');
    expect(list[0]).toMatchObject({ speaker: '박영수', verb: '밝혔다' });
  });

  it('finds the subject written after the quote (“…”라고 김 장관은 말했다)', async () => {
    const text = '정부, 새 대책 발표\n[한빛일보 김기자 기자] 이날 회의에는 김민수 국토교통부 장관이 참석했다.\n“집값 안정이 최우선 과제”라고 김 장관은 말했다.';
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ text: '집값 안정이 최우선 과제', speaker: '김민수', via: 'short-name' });
  });

  it('reads broadcast style (-습니다)', async () => {
    const { list } = await quotesOf('이수진 외교부 대변인은 이날 정례 브리핑에서 “정부는 상황을 예의주시하고 있다”고 밝혔습니다.');
    expect(list[0]).toMatchObject({ speaker: '이수진', verb: '밝혔습니다' });
  });

  it('keeps the verb as written (털어놓기도 했다, 의미를 부여했다)', async () => {
    const a = await quotesOf('최민호 교수는 “처음에는 실패할 줄 알았다”고 털어놓기도 했다.');
    expect(a.list[0]).toMatchObject({ verb: '털어놓기도 했다' });
    const b = await quotesOf('최민호 교수는 이번 협약을 두고 “한국 과학계의 새로운 이정표”로 의미를 부여했다.');
    expect(b.list[0]).toMatchObject({ verb: '의미를 부여했다', speaker: '최민호' });
  });
});

describe('several quotes in one sentence', () => {
  it('“A”며 “B”고 말했다: one quote each, the same speaker', async () => {
    const { list } = await quotesOf('정수연 서울대 교수는 “규제가 너무 늦었다”며 “지금이라도 기준을 세워야 한다”고 말했다.');
    expect(list.map((q) => q.text)).toEqual(['규제가 너무 늦었다', '지금이라도 기준을 세워야 한다']);
    expect(list.map((q) => q.speaker)).toEqual(['정수연', '정수연']);
    expect(list.map((q) => q.verb)).toEqual(['말했다', '말했다']);
  });

  it('“A”면서 “B”라고 덧붙였다', async () => {
    const { list } = await quotesOf('정수연 교수는 “시장은 이미 움직였다”면서 “정책이 뒤따라야 할 것”이라고 덧붙였다.');
    expect(list).toHaveLength(2);
    expect(list.every((q) => q.speaker === '정수연' && q.verb === '덧붙였다')).toBe(true);
  });

  it('“A”고 말한 뒤 “B”라고 했다', async () => {
    const { list } = await quotesOf('정수연 교수는 “쉽지 않은 싸움”이라고 말한 뒤 “그래도 해내야 한다”고 했다.');
    expect(list.map((q) => q.verb)).toEqual(['말한', '했다']);
    expect(list.map((q) => q.speaker)).toEqual(['정수연', '정수연']);
  });

  it('a new topic between two quotes takes the second (A는 “…”고 말했고, B는 “…”고 반박했다)', async () => {
    const { list } = await quotesOf('김하늘 의원은 “법안을 서둘러야 한다”고 말했고, 이도윤 의원은 “충분한 논의가 먼저”라고 반박했다.');
    expect(list.map((q) => q.speaker)).toEqual(['김하늘', '이도윤']);
  });
});

describe('partial and headline quotes', () => {
  it('marks a fragment inside reported speech as partial (…재단이 “…”를 제공할 것이라고)', async () => {
    const text = '정부, 새 대책 발표\n[한빛일보 김기자 기자] 오픈소스재단 관계자는 행사에 참석했다.\n그는 특히 재단이 “개발자를 위한 안전한 공간”을 제공할 것이라고 밝혔다.';
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ text: '개발자를 위한 안전한 공간', kind: 'partial', speaker: '오픈소스재단 관계자', via: 'pronoun' });
  });

  it('marks a quoted predicate of an embedded subject as partial (그는 이 제도가 “…”이라며)', async () => {
    const text = '정부, 새 대책 발표\n[한빛일보 김기자 기자] 박하준 교수가 토론회에서 발표했다.\n그는 이 제도가 “시대에 뒤떨어진 규제”라며 폐지를 주장했다.';
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ kind: 'partial', speaker: '박하준' });
  });

  it('gives a deck quote with no speaker kind headline and speaker null', async () => {
    const text = [
      '반도체 업계, 정부 지원 확대 촉구',
      '“세제 혜택 없이는 경쟁 불가능”',
      '[한빛일보 김기자 기자] 반도체 업계가 정부에 세제 지원 확대를 요구했다.',
    ].join('\n');
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ text: '세제 혜택 없이는 경쟁 불가능', kind: 'headline', speaker: null });
  });
});

describe('broken quote marks', () => {
  it('recovers a doubled opening mark and warns with the original offset', async () => {
    const text = '정수연 교수는 “시장은 이미 움직였다”며 ““정책이 뒤따라야 한다”고 강조했다.';
    const { list, doc } = await quotesOf(text);
    expect(list.map((q) => q.text)).toEqual(['시장은 이미 움직였다', '정책이 뒤따라야 한다']);
    const at = text.indexOf('““');
    expect(doc.warnings).toContain(`doubled opening quote mark at ${at}`);
  });

  it('recovers a quote whose closing mark is missing and keeps the rest of the article', async () => {
    const text = '정수연 교수는 “오늘 우리가 그것을 해냈다고 강조했다.\n이수진 대변인은 “다음 주에 발표하겠다”고 말했다.';
    const { list, doc } = await quotesOf(text);
    expect(list.map((q) => q.text)).toEqual(['오늘 우리가 그것을 해냈다', '다음 주에 발표하겠다']);
    expect(list[1]).toMatchObject({ speaker: '이수진' });
    expect(doc.warnings.some((w) => w.startsWith('unclosed quote mark at '))).toBe(true);
  });

  it('follows a quote over a paragraph end (“… ¶ “…”)', async () => {
    const text = '정수연 교수는 이렇게 말했다. “첫째, 규제는 명확해야 한다.\n“둘째, 집행은 일관돼야 한다”고 그는 덧붙였다.';
    const { list, doc } = await quotesOf(text);
    expect(list.map((q) => q.text)).toEqual(['첫째, 규제는 명확해야 한다.', '둘째, 집행은 일관돼야 한다']);
    expect(list.every((q) => q.speaker === '정수연')).toBe(true);
    expect(doc.warnings.some((w) => w.startsWith('quote runs over a paragraph end at '))).toBe(true);
  });

  it('reads a closing mark used to open a headline quote (…”…”)', async () => {
    const text = '반도체 수출 반등 …”하반기 더 좋아질 것”\n[한빛일보 김기자 기자] 반도체 수출이 석 달 만에 반등했다.';
    const { list, doc } = await quotesOf(text);
    expect(list[0]).toMatchObject({ text: '하반기 더 좋아질 것', kind: 'headline' });
    expect(doc.warnings.some((w) => w.startsWith('closing quote mark used as opening mark at '))).toBe(true);
  });
});

describe('scare quotes are not quotes', () => {
  it('ignores a term in single quotes (‘AI윤리’를 솔선수범하는)', async () => {
    const { list } = await quotesOf('기업들이 ‘AI윤리’를 솔선수범하는 모양새를 취하고 있다.');
    expect(list).toEqual([]);
  });

  it('ignores a name in single quotes (기술매체 ‘테크크런치’와의 인터뷰에서) but keeps the quote', async () => {
    const { list } = await quotesOf('박지훈 대표는 기술매체 ‘테크크런치’와의 인터뷰에서 “내년 상장을 검토하고 있다”고 말했다.');
    expect(list.map((q) => q.text)).toEqual(['내년 상장을 검토하고 있다']);
    expect(list[0]).toMatchObject({ speaker: '박지훈' });
  });

  it('ignores a term in double quotes with no speech (이른바 “가짜뉴스” 논란)', async () => {
    const { list } = await quotesOf('이른바 “가짜뉴스” 논란이 다시 커지고 있다.');
    expect(list).toEqual([]);
  });

  it('ignores a quoted question in single quotes (‘…하느냐’는 질문에) but takes the answer', async () => {
    const text = '정부, 새 대책 발표\n[한빛일보 김기자 기자] 이시우 총리는 기자회견을 열었다.\n그는 ‘추가 대책이 있느냐’는 질문에 “곧 발표할 것”이라고 답했다.';
    const { list } = await quotesOf(text);
    expect(list.map((q) => q.text)).toEqual(['곧 발표할 것']);
    expect(list[0]).toMatchObject({ speaker: '이시우', verb: '답했다' });
  });

  it('takes single quotes where speech follows (‘…’라고 말했다)', async () => {
    const { list } = await quotesOf('한지민 감독은 ‘이번 작품이 마지막’이라고 말했다.');
    expect(list[0]).toMatchObject({ text: '이번 작품이 마지막', speaker: '한지민' });
  });
});

describe('references to speakers introduced earlier', () => {
  it('resolves 그는 / 그녀는 to the last person', async () => {
    const text = '정부, 새 대책 발표\n[한빛일보 김기자 기자] 윤서연 한빛바이오 대표는 신약 개발 계획을 공개했다.\n그녀는 “임상 3상을 연내 시작한다”고 말했다.';
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ speaker: '윤서연', via: 'pronoun' });
  });

  it('resolves a surname and title (김 후보자) to the full name', async () => {
    const text = '정부, 새 대책 발표\n[한빛일보 김기자 기자] 대통령이 지명한 김도현 후보자는 청문회를 준비하고 있다.\n김 후보자는 “성실히 답변하겠다”고 말했다.';
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ speaker: '김도현', via: 'short-name' });
  });

  it('resolves a foreign last name and title (스미스 부사장) to the full name', async () => {
    const text = '정부, 새 대책 발표\n[한빛일보 김기자 기자] 구글 딥마인드의 존 스미스 부사장이 방한했다.\n스미스 부사장은 “한국 연구진과 협력하겠다”고 밝혔다.';
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ speaker: '존 스미스', via: 'short-name' });
  });

  it('prefers the person whose title matches (바이든 대통령, not 질 바이든 여사)', async () => {
    const text = '정부, 새 대책 발표\n[한빛일보 김기자 기자] 조 바이든 대통령이 법안에 서명했다.\n바이든 대통령은 질 바이든 여사가 지켜보는 가운데 “오늘은 역사적인 날”이라고 말했다.';
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ speaker: '조 바이든', via: 'short-name' });
  });

  it('continues the previous subject when a sentence has none (그러면서, 이어, 아울러)', async () => {
    const text = [
      '교육부, 학교 안전 대책 발표',
      '최지우 교육부 장관은 “학생 안전이 최우선”이라고 말했다.',
      '그러면서 “모든 학교에 안전 요원을 배치하겠다”고 밝혔다.',
      '이어 예산 문제에 대해서는 “추경을 검토하겠다”고 덧붙였다.',
    ].join('\n');
    const { list } = await quotesOf(text);
    expect(list.map((q) => q.speaker)).toEqual(['최지우', '최지우', '최지우']);
    expect(list.slice(1).map((q) => q.via)).toEqual(['zero-subject', 'zero-subject']);
  });

  it('does not take a non-speaker topic as the speaker (…가 전한 메시지는 “…”)', async () => {
    const text = '정부, 새 대책 발표\n[한빛일보 김기자 기자] 최지우 장관은 유가족을 만났다.\n이어 유가족들이 전한 메시지는 “잊지 말아 달라는 것”이었다며 “끝까지 책임지겠다”고 강조했다.';
    const { list } = await quotesOf(text);
    expect(list.map((q) => q.speaker)).toEqual(['최지우', '최지우']);
  });

  it('resolves 이 관계자는 to the unnamed source introduced before', async () => {
    const text = '정부, 새 대책 발표\n[한빛일보 김기자 기자] 금융당국 관계자는 “대출 규제를 완화할 계획은 없다”고 말했다.\n이 관계자는 “시장 상황을 지켜보겠다”고 덧붙였다.';
    const { list } = await quotesOf(text);
    expect(list.map((q) => q.speaker)).toEqual(['금융당국 관계자', '금융당국 관계자']);
    expect(list[0]).toMatchObject({ speakerKind: 'unnamed' });
    expect(list[1]).toMatchObject({ via: 'context' });
  });

  it('names the group two leaders were introduced as (두 정상은)', async () => {
    const text = '정부, 새 대책 발표\n[한빛일보 김기자 기자] 에마뉘엘 마크롱 프랑스 대통령과 올라프 숄츠 독일 총리가 파리에서 만났다.\n두 정상은 공동성명에서 “유럽의 안보는 유럽이 책임진다”고 밝혔다.';
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ speaker: '에마뉘엘 마크롱 프랑스 대통령과 올라프 숄츠 독일 총리', via: 'context' });
  });
});

describe('organizations, unnamed sources and documents', () => {
  it('an organization anaphor speaks for the body introduced before (이 협회는 “…”임을 천명했다)', async () => {
    const text = '정부, 새 대책 발표\n[한빛일보 김기자 기자] 국내 인공지능 기업 30여 곳이 모인 ‘한국AI협회’가 10일 출범했다.\n이 협회는 “안전한 인공지능 생태계를 만드는 데 앞장설 것”임을 천명했다.';
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ speaker: '한국AI협회', speakerKind: 'organization', verb: '천명했다' });
  });

  it('an unnamed source is named by its descriptor (업계 관계자도 “…”)', async () => {
    const { list } = await quotesOf('역시 협회에 가입한 반도체 업계 관계자도 “늦었지만 반가운 일”이라고 말했다.');
    expect(list[0]).toMatchObject({ speaker: '반도체 업계 관계자', speakerKind: 'unnamed' });
  });

  it('a document speaks for whoever issued it (X가 발표한 보도자료에 따르면 “…”)', async () => {
    const text = '정부, 새 대책 발표\n[한빛일보 김기자 기자] ‘한국AI협회’가 10일 출범했다.\n이날 이 협회가 발표한 보도자료에 따르면 “회원사 간 기술 교류를 지원할 것”이라고 했다.';
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ speaker: '한국AI협회' });
  });

  it('an institution speaks without a name (검찰은 “…”고 밝혔다)', async () => {
    const { list } = await quotesOf('검찰은 “추가 수사가 필요하다”고 밝혔다.');
    expect(list[0]).toMatchObject({ speaker: '검찰', speakerKind: 'organization' });
  });

  it('a sentence that puts content in a statement makes the statement the speaker of the next quotes', async () => {
    const text = '정부, 새 대책 발표\n[한빛일보 김기자 기자] 이번 공동성명에는 기후 협력 방안도 담겼다.\n“2030년까지 석탄 발전을 중단한다”는 입장을 재확인한 것이다.';
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ speaker: '공동성명', verb: '재확인한 것이다' });
  });
});

describe('broadcast sound bites', () => {
  it('[녹취: 이름 직함] names the speaker, resolved to the person introduced earlier', async () => {
    const text = [
      '“금리 인하 서두를 이유 없어”',
      '한국개발연구원 정민호 선임연구위원은 금리 인하 가능성을 낮게 봤습니다.',
      '[녹취: 정민호 선임연구위원] “물가가 아직 목표치보다 높기 때문에 서두를 이유가 없다고 봅니다.”',
    ].join('\n');
    const { list } = await quotesOf(text);
    expect(list[1]).toMatchObject({ speaker: '정민호', text: '물가가 아직 목표치보다 높기 때문에 서두를 이유가 없다고 봅니다.' });
    expect(list[1]!.role).toContain('한국개발연구원');
  });
});

describe('more reporting frames', () => {
  it('a quotative written apart from the mark still frames the quote (“…” 라고)', async () => {
    const { list } = await quotesOf('정수연 교수는 “규제가 늦었다” 고 말했다.');
    expect(list[0]).toMatchObject({ text: '규제가 늦었다', speaker: '정수연', verb: '말했다' });
  });

  it('reads honorific verbs (당부하셨다)', async () => {
    const { list } = await quotesOf('김진표 국회의장께서는 “조속히 처리해 달라”고 당부하셨다.');
    expect(list[0]).toMatchObject({ speaker: '김진표', verb: '당부하셨다' });
  });

  it('“…”라는 게 X의 전망이다: the genitive names the speaker', async () => {
    const { list } = await quotesOf('“당분간 호황이 이어질 것”이라는 게 증권가의 대체적인 전망이다.');
    expect(list[0]).toMatchObject({ text: '당분간 호황이 이어질 것', speaker: '증권가' });
  });

  it('“…” X의 설명이다: a trailing attribution names the speaker', async () => {
    const text = '정부, 새 대책 발표\n[한빛일보 김기자 기자] 한 증권사 애널리스트는 “시장 기대치를 웃도는 실적”이라고 평가했다.\n“메모리 가격 상승세가 꺾이기 어렵다.” 박지성 애널리스트의 설명이다.';
    const { list } = await quotesOf(text);
    expect(list[1]).toMatchObject({ speaker: '박지성' });
  });

  it('a speech noun with no one behind it leaves the speaker open (“…”는 지적도 나온다)', async () => {
    const text = '정부, 새 대책 발표\n[한빛일보 김기자 기자] 최지우 장관은 대책을 발표했다.\n“현장의 목소리를 듣지 않았다”는 지적도 나온다.';
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ text: '현장의 목소리를 듣지 않았다', speaker: null });
  });

  it('a quoted question put to the speaker is not the speaker’s quote (“…냐”는 질문에)', async () => {
    const { list } = await quotesOf('최지우 장관은 “사퇴할 생각이 있느냐”는 질문에 “그럴 생각이 없다”고 답했다.');
    expect(list.map((q) => q.text)).toEqual(['그럴 생각이 없다']);
    expect(list[0]).toMatchObject({ speaker: '최지우' });
  });

  it('a nominative that opens the sentence is its subject even before …다고 (삼성전자가 …했다고 밝혔다)', async () => {
    const text = '반도체 실적 발표\n(서울=연합뉴스) 홍길동 기자 = 한빛전자가 2분기 영업이익이 크게 늘었다고 5일 밝혔다.\n회사 측은 “고대역폭메모리 판매가 늘었다”고 설명했다.';
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ speaker: '한빛전자', speakerKind: 'organization', via: 'context' });
  });

  it('a subject inside a reported clause is not the speaker (…업체들이 몰려 있다고 밝혔다)', async () => {
    const text = [
      '정부, 새 대책 발표',
      '[한빛일보 김기자 기자] 공정거래위원회는 조사 결과를 발표했다.',
      '특히 일부 지역에는 담합을 주도한 업체들이 몰려 있다고 밝혔다.',
      '그러면서 “엄정하게 제재하겠다”고 강조했다.',
    ].join('\n');
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ speaker: '공정거래위원회' });
  });

  it('an anonymized person is named with 씨 (이모(45)씨는)', async () => {
    const { list } = await quotesOf('서울에 사는 주부 이모(45)씨는 “장보기가 무섭다”고 하소연했다.');
    expect(list[0]).toMatchObject({ speaker: '이모씨', role: '주부', speakerKind: 'person' });
  });

  it('a document speaks for the body that issued it (X는 … 보고서를 발표했다 … 보고서는 “…”)', async () => {
    const text = [
      '정부, 새 대책 발표',
      '[한빛일보 김기자 기자] 한국은행과 기획재정부, 금융위원회 등 세 기관은 10일 공동 보고서를 발표했다.',
      '이 보고서는 “가계부채 증가세가 둔화하고 있다”고 평가했다.',
    ].join('\n');
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ speaker: '한국은행과 기획재정부, 금융위원회 등 세 기관' });
  });

  it('a count descriptor refers to the group of that many places (한미일 3국은)', async () => {
    const text = [
      '정부, 새 대책 발표',
      '[한빛일보 김기자 기자] 한국과 미국, 일본의 외교 당국이 10일 공동성명을 냈다.',
      '이번 협의에는 국무부와 외교부, 외무성 등이 참여했다.',
      '한미일 3국은 “북한의 도발에 단호히 대응할 것”이라고 밝혔다.',
    ].join('\n');
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ speaker: '한국과 미국, 일본의 외교 당국', via: 'context' });
  });
  it('a kind of body speaks as an unnamed source (시민단체들은 “…”)', async () => {
    const { list } = await quotesOf('시민단체들은 “정부가 약속을 지키지 않았다”고 주장했다.');
    expect(list[0]).toMatchObject({ speaker: '시민단체들', speakerKind: 'unnamed' });
  });

  it('a quoted title before a name is no part of the speaker (드라마 “…”의 감독은)', async () => {
    const { list } = await quotesOf('드라마 “오래된 정원”의 황민수 감독은 “다음 시즌이 마지막”이라고 말했다.');
    expect(list.map((q) => q.text)).toEqual(['다음 시즌이 마지막']);
    expect(list[0]).toMatchObject({ speaker: '황민수', role: '감독' });
  });

  it('a short quoted term with a particle is no partial quote (“고위험 AI”에 대한 규제)', async () => {
    const { list } = await quotesOf('이 법은 “고위험 AI”에 대한 규제를 담고 있다고 과기정통부는 설명했다.');
    expect(list).toEqual([]);
  });

  it('the subject written after a partial quote is its speaker (…라고 과기정통부는 설명했다)', async () => {
    const { list } = await quotesOf('이 법은 “사람의 생명과 안전에 영향을 주는 인공지능”에 대한 규제를 담고 있다고 과기정통부는 설명했다.');
    expect(list[0]).toMatchObject({ kind: 'partial', speaker: '과기정통부', verb: '설명했다' });
  });
});

describe('headline speakers', () => {
  it('a name before a title quote is its speaker, resolved to the full name in the body', async () => {
    const text = [
      '마크롱 “유럽은 스스로 지켜야”',
      '[한빛일보 김기자 기자] 에마뉘엘 마크롱 프랑스 대통령이 10일 연설했다.',
    ].join('\n');
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ kind: 'headline', speaker: '에마뉘엘 마크롱', via: 'short-name' });
  });
});

describe('English articles', () => {
  it('"…," said Jane Doe, a spokeswoman', async () => {
    const { list } = await quotesOf('Acme recalls cars\nThe company announced the recall on Monday.\n"We are taking this very seriously," said Jane Doe, a spokeswoman for the company.');
    expect(list[0]).toMatchObject({ text: 'We are taking this very seriously,', speaker: 'Jane Doe', verb: 'said' });
  });

  it('Jane Doe said: "…" and a later "…," Doe said', async () => {
    const text = 'Markets slide\nJane Doe said: "The numbers speak for themselves."\nMarkets fell sharply after the report.\n"Nobody expected this," Doe said.';
    const { list } = await quotesOf(text);
    expect(list.map((q) => q.speaker)).toEqual(['Jane Doe', 'Jane Doe']);
    expect(list[1]).toMatchObject({ via: 'short-name' });
  });

  it('"…," he said resolves to the last speaker', async () => {
    const text = 'Court rules against Acme\n"We will appeal," said John Smith, the company\'s lawyer.\n"This is far from over," he said.';
    const { list } = await quotesOf(text);
    expect(list.map((q) => q.speaker)).toEqual(['John Smith', 'John Smith']);
    expect(list[1]).toMatchObject({ via: 'pronoun' });
  });
  it('"…," X, an apposition, said and a partial quote after a subject and verb', async () => {
    const text = 'Markets slide\n"It changes nothing," Gary Marcus, a cognitive scientist, said in an interview.\nThe ministry said in a statement that it would "act swiftly to calm the markets."';
    const { list } = await quotesOf(text);
    expect(list[0]).toMatchObject({ speaker: 'Gary Marcus', role: 'a cognitive scientist' });
    expect(list[1]).toMatchObject({ speaker: 'The ministry', kind: 'partial', speakerKind: 'organization' });
  });

  it('"…," said one analyst: an unnamed source', async () => {
    const { list } = await quotesOf('Markets slide\n"This is marketing," said one analyst, who asked not to be named.');
    expect(list[0]).toMatchObject({ speaker: 'one analyst', speakerKind: 'unnamed' });
  });
});

describe('long runs of text', () => {
  it('strips the punctuation written after a quotative (”라고!?., 말했다)', async () => {
    const { list } = await quotesOf('김하늘 의원은 “법안을 서둘러야 한다”라고!?., 말했다.');
    expect(list).toEqual([expect.objectContaining({ text: '법안을 서둘러야 한다', speaker: '김하늘', verb: '말했다' })]);
  });

  it('reads each quote of a sentence that never ends with its own frame (“…”라고 말했다, 300 times)', async () => {
    const { list } = await quotesOf('김하늘 의원은 “법안이 늦었다”라고 말했다 '.repeat(300));
    expect(list).toHaveLength(300);
    expect(list.every((q) => q.text === '법안이 늦었다' && q.verb === '말했다' && q.speaker === '김하늘')).toBe(true);
  });

  it('looks for a speaker only within 80 words before the quote', async () => {
    const far = `김하늘 의원은 ${'어제 '.repeat(90)}“법안이 늦었다”고 말했다.`;
    const near = `김하늘 의원은 ${'어제 '.repeat(60)}“법안이 늦었다”고 말했다.`;
    expect((await quotesOf(near)).list[0]?.speaker).toBe('김하늘');
    expect((await quotesOf(far)).list[0]?.speaker).toBeNull();
  });

  it('reads a broadcast label with slashes and a long run of spaces (name / role / affiliation)', async () => {
    const { list } = await quotesOf(`[인터뷰] 홍길순 / 제주대 ${'\t'.repeat(2000)}/ 관광경영학과 교수 : “관광객이 많이 줄었습니다.”`);
    expect(list[0]).toMatchObject({ speaker: '홍길순', role: '제주대 관광경영학과 교수' });
  });
});
