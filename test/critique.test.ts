/**
 * Critique: one cue family per test on small texts built into real Docs, with the negative cases
 * that look like critique and are not (한편 as 'meanwhile', a neutral 지적했다, a worry about a threat).
 */
import { describe, expect, it } from 'vitest';
import type { Doc } from '../src/doc';
import { extractCritique } from '../src/extract/critique';
import type { CritiqueAnnotation, QuoteAnnotation } from '../src/extract/model';
import { docOf, textOf } from './helpers';

/** A quote as the quotes component reports it: who says the quoted words, with which verb. */
interface QuoteSpec {
  words: string;
  speaker: string;
  verb: string | null;
  via?: 'explicit' | 'pronoun';
  role?: string;
}

async function critiqueOf(text: string, specs: QuoteSpec[] = []): Promise<{ texts: string[]; result: CritiqueAnnotation; heading: string | null }> {
  const doc = await docOf(text);
  const result = extractCritique(doc, specs.map((q) => quoteOf(doc, q)));
  return {
    texts: result.sentences.map((s) => textOf(doc, s) as string),
    result,
    heading: textOf(doc, result.section?.heading),
  };
}

function quoteOf(doc: Doc, q: QuoteSpec): QuoteAnnotation {
  const start = doc.text.indexOf(q.words);
  if (start < 0) throw new Error(`no quote ${q.words}`);
  const sentence = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
  return {
    start,
    end: start + q.words.length,
    kind: 'direct',
    speaker: { name: q.speaker, nameEn: null, role: q.role ?? null, kind: 'person', mention: null, via: q.via ?? 'explicit', ref: null },
    verb: q.verb,
    verbRange: null,
    sentence,
    evidence: [],
  };
}

describe('contrast and stance', () => {
  it('marks a contrast that turns to an unflattering motive', async () => {
    const { texts, result } = await critiqueOf('이 단체는 좋은 목적을 내세웠다. 한편으론 정부의 간섭을 피하려는 의도도 숨어 있다.');
    expect(texts).toEqual(['한편으론 정부의 간섭을 피하려는 의도도 숨어 있다.']);
    expect(result.sentences[0]?.cues).toEqual(expect.arrayContaining(['contrast:한편으론', 'stance:의도']));
  });

  it('does not mark 한편 used for "meanwhile"', async () => {
    expect((await critiqueOf('한편 서울에서는 이날 첫눈이 내렸다.')).texts).toEqual([]);
  });

  it('does not mark a contrast word alone', async () => {
    expect((await critiqueOf('하지만 회의는 예정대로 열렸다.')).texts).toEqual([]);
  });

  it('does not mark one stance word alone', async () => {
    expect((await critiqueOf('이 기구는 개방을 표방하고 있다.')).texts).toEqual([]);
  });
});

describe('critics quoted', () => {
  it('marks a critic verb as the main predicate', async () => {
    const { texts } = await critiqueOf('시민단체들은 이번 조치가 실효성이 없다고 비판했다.');
    expect(texts).toHaveLength(1);
  });

  it('marks a standing critical position', async () => {
    const { texts } = await critiqueOf('하지만 야당 의원들은 새 법이 시민의 권리를 침해한다며 비판적 입장을 유지하고 있습니다.');
    expect(texts).toHaveLength(1);
  });

  it('marks reported criticism: …라는 지적이 나온다', async () => {
    const { result } = await critiqueOf('일각에선 이번 대책이 선거를 앞둔 보여주기식 행정이라는 지적도 나온다.');
    expect(result.sentences[0]?.cues).toEqual(expect.arrayContaining(['reported:지적', 'stance:보여주기']));
  });

  it('marks an expressed opposition', async () => {
    const { texts } = await critiqueOf('두 정상은 불법적인 해상 활동에 대해 강력히 반대한다는 입장을 밝혔습니다.');
    expect(texts).toHaveLength(1);
  });
});

describe('neutral reporting and third-party threats', () => {
  it('does not mark 지적했다 as a neutral "pointed out"', async () => {
    expect((await critiqueOf('그는 회의가 예정보다 길어졌다고 지적했다.')).texts).toEqual([]);
  });

  it('marks 지적했다 when it carries an accusation of wrongdoing', async () => {
    const { result } = await critiqueOf('당국은 이 조직이 10년째 스파이 활동을 벌여왔다고 지적했습니다.');
    expect(result.sentences).toHaveLength(1);
    expect(result.sentences[0]?.cues).toEqual(expect.arrayContaining(['report:지적했', 'accusation:스파이']));
  });

  it('does not mark a worry about a missile threat as criticism', async () => {
    expect((await critiqueOf('두 정상은 북한의 미사일 프로그램에 대한 심각한 우려를 표명했다.')).texts).toEqual([]);
  });

  it('does not mark an accusation word in a plain narrative', async () => {
    expect((await critiqueOf('해커들은 지난달 은행을 해킹했다.')).texts).toEqual([]);
  });
});

describe('evidence that backs a doubt', () => {
  it('counts 실제로 and 털어놓았다 next to a doubt', async () => {
    const { result } = await critiqueOf('실제로 그는 그런 의도를 솔직히 털어놓았다.');
    expect(result.sentences[0]?.cues).toEqual(expect.arrayContaining(['evidence:실제로', 'evidence:털어놓']));
  });

  it('does not count 실제로 alone', async () => {
    expect((await critiqueOf('실제로 매출은 10% 늘었다.')).texts).toEqual([]);
  });
});

describe('reported criticism and critical reception frame a run of critics', () => {
  const text = [
    '국내 반도체 업계가 차세대 인공지능 칩 개발에 속도를 내고 있다.',
    '다만 학계에서는 신중론도 나온다. 김민수 한국대 교수는 “하드웨어보다 중요한 것은 소프트웨어 생태계인데 아직 갈 길이 멀다”고 말했다. 그는 “개발자들이 쓰지 않는 칩은 팔리지 않는다”라고 덧붙였다.',
    '한편 정부는 관련 예산을 늘리기로 했다.',
  ].join('\n');
  const quotes: QuoteSpec[] = [
    { words: '하드웨어보다 중요한 것은 소프트웨어 생태계인데 아직 갈 길이 멀다', speaker: '김민수', verb: '말했다' },
    { words: '개발자들이 쓰지 않는 칩은 팔리지 않는다', speaker: '김민수', verb: '덧붙였다', via: 'pronoun' },
  ];

  it('marks the framing sentence, the critic it announces and the follow-up', async () => {
    const { texts, result } = await critiqueOf(text, quotes);
    expect(texts).toEqual([
      '다만 학계에서는 신중론도 나온다.',
      '김민수 한국대 교수는 “하드웨어보다 중요한 것은 소프트웨어 생태계인데 아직 갈 길이 멀다”고 말했다.',
      '그는 “개발자들이 쓰지 않는 칩은 팔리지 않는다”라고 덧붙였다.',
    ]);
    expect(result.sentences[0]?.cues).toEqual(expect.arrayContaining(['reported:신중론']));
    expect(result.sentences[1]?.cues).toEqual(expect.arrayContaining(['doubt:갈길이멀', 'quoted:갈길이멀']));
    expect(result.sentences[2]?.cues).toEqual(['run:framed']);
  });

  it('reads reported criticism in broadcast style and a sound bite that follows', async () => {
    const { texts } = await critiqueOf(
      [
        '정부가 일회용 컵 보증금제를 전국으로 확대하겠다고 발표했습니다. 환경부는 내년 상반기부터 모든 매장에 제도를 적용합니다.',
        '하지만 대책이 선언에 그칠 수 있다는 지적도 나옵니다. 처벌 규정이 약하고, 단속 인력도 턱없이 부족하다는 것입니다.',
        '[녹취: 이정민 서울대 교수] “가격표를 붙이는 것만으로는 부족합니다. 소비자의 습관을 바꾸지 못하면 제도는 유명무실해질 겁니다.”',
      ].join('\n'),
      [{ words: '가격표를 붙이는 것만으로는 부족합니다. 소비자의 습관을 바꾸지 못하면 제도는 유명무실해질 겁니다.', speaker: '이정민', verb: null }],
    );
    expect(texts).toEqual([
      '하지만 대책이 선언에 그칠 수 있다는 지적도 나옵니다.',
      '처벌 규정이 약하고, 단속 인력도 턱없이 부족하다는 것입니다.',
      '[녹취: 이정민 서울대 교수] “가격표를 붙이는 것만으로는 부족합니다. 소비자의 습관을 바꾸지 못하면 제도는 유명무실해질 겁니다.”',
    ]);
  });

  it('reads a critical reception (시선은 싸늘하다) and the civic groups quoted after it', async () => {
    const { texts } = await critiqueOf(
      [
        '시는 연내 도시계획 조례를 개정해 용적률 상한을 높인다.',
        '그러나 시민사회의 시선은 싸늘하다.',
        '도시연대는 이날 성명을 내고 “개발 이익이 특정 대학과 건설사에 돌아갈 것”이라고 비판했다. 이 단체는 “공공기여 약속도 협약서에 담기지 않았다”고 지적했다.',
        '원룸을 운영하는 이모씨는 “세입자가 떠나면 생계가 막막해진다”고 말했다.',
      ].join('\n'),
      [
        { words: '개발 이익이 특정 대학과 건설사에 돌아갈 것', speaker: '도시연대', verb: '비판했다' },
        { words: '공공기여 약속도 협약서에 담기지 않았다', speaker: '도시연대', verb: '지적했다' },
        { words: '세입자가 떠나면 생계가 막막해진다', speaker: '이모씨', verb: '말했다' },
      ],
    );
    expect(texts).toEqual([
      '그러나 시민사회의 시선은 싸늘하다.',
      '도시연대는 이날 성명을 내고 “개발 이익이 특정 대학과 건설사에 돌아갈 것”이라고 비판했다.',
      '이 단체는 “공공기여 약속도 협약서에 담기지 않았다”고 지적했다.',
      '원룸을 운영하는 이모씨는 “세입자가 떠나면 생계가 막막해진다”고 말했다.',
    ]);
  });

  it('ends a run at a turn back to the subject and at a speaker on its side', async () => {
    const { texts } = await critiqueOf(
      [
        '시의회 일각에서도 신중론이 나온다. 최영희 시의원은 “주민 의견을 듣지 않고 서두르면 갈등만 커진다”고 말했다.',
        '이에 대해 시 관계자는 “공공기여 방안은 하반기 중 확정할 것”이라고 설명했다.',
        '시 관계자는 “주민 설명회를 다음 달 연다”고 말했다.',
      ].join('\n'),
      [
        { words: '주민 의견을 듣지 않고 서두르면 갈등만 커진다', speaker: '최영희', verb: '말했다' },
        { words: '공공기여 방안은 하반기 중 확정할 것', speaker: '시 관계자', verb: '설명했다' },
        { words: '주민 설명회를 다음 달 연다', speaker: '시 관계자', verb: '말했다' },
      ],
    );
    expect(texts).toEqual(['시의회 일각에서도 신중론이 나온다.', '최영희 시의원은 “주민 의견을 듣지 않고 서두르면 갈등만 커진다”고 말했다.']);
  });

  it('does not read a noun of criticism inside a clause as a frame (…우려가 제기되는 주택들을)', async () => {
    expect((await critiqueOf('시는 안전 우려가 제기되는 주택들을 사들이기로 했다. 시장은 “다음 달 보상을 시작한다”고 말했다.', [{ words: '다음 달 보상을 시작한다', speaker: '시장', verb: '말했다' }])).texts).toEqual([]);
  });
});

describe("a critic's statements", () => {
  it("marks an analyst's yes-but doubt and the same analyst's next bad outlook", async () => {
    const { texts, result } = await critiqueOf(
      '박지훈 대한증권 연구원은 “수요가 견조한 것은 맞지만 경쟁사의 추격을 감안하면 수익성이 기대만큼 나오기 어렵다”고 내다봤다. 그는 “업황이 좋아지면 투자가 몰리고 결국 공급 과잉으로 돌아온다”고 말했다.',
      [
        { words: '수요가 견조한 것은 맞지만 경쟁사의 추격을 감안하면 수익성이 기대만큼 나오기 어렵다', speaker: '박지훈', verb: '내다봤다' },
        { words: '업황이 좋아지면 투자가 몰리고 결국 공급 과잉으로 돌아온다', speaker: '박지훈', verb: '말했다', via: 'pronoun' },
      ],
    );
    expect(texts).toHaveLength(2);
    expect(result.sentences[0]?.cues).toEqual(expect.arrayContaining(['analysis:내다봤']));
    expect(result.sentences[0]?.cues.some((c) => c.startsWith('concession:맞지만'))).toBe(true);
    expect(result.sentences[1]?.cues).toEqual(['run:critic']);
  });

  it('does not read a concession with nothing bad after it', async () => {
    expect((await critiqueOf('김 대표는 “시장이 어렵지만 투자를 늘리겠다”고 말했다.', [{ words: '시장이 어렵지만 투자를 늘리겠다', speaker: '김 대표', verb: '말했다' }])).texts).toEqual([]);
  });

  it("continues a critic's run only with something negative from the same critic", async () => {
    const first = '민생당 정우성 수석대변인은 논평에서 “현금 지원의 고용 효과는 이미 드러났다”고 비판했다.';
    const loss = await critiqueOf(`${first} 그는 “이대로라면 재정 손실이 커진다”고 말했다.`, [
      { words: '현금 지원의 고용 효과는 이미 드러났다', speaker: '정우성', verb: '비판했다' },
      { words: '이대로라면 재정 손실이 커진다', speaker: '정우성', verb: '말했다', via: 'pronoun' },
    ]);
    expect(loss.texts).toHaveLength(2);
    expect(loss.result.sentences[1]?.cues).toEqual(expect.arrayContaining(['run:critic']));
    const neutral = await critiqueOf(`${first} 그는 “다음 주 의원총회를 연다”고 말했다.`, [
      { words: '현금 지원의 고용 효과는 이미 드러났다', speaker: '정우성', verb: '비판했다' },
      { words: '다음 주 의원총회를 연다', speaker: '정우성', verb: '말했다', via: 'pronoun' },
    ]);
    expect(neutral.texts).toEqual([first]);
  });

  it('marks a warning with a bad outcome and a loaded label pinned with 라고 규정했다', async () => {
    const { texts, result } = await critiqueOf('그는 이어 “끝내 증액을 고집한다면 전액 삭감하겠다”고 경고했다. 당 지도부는 예산안을 사실상 “매표 행위”라고 규정했다.', [
      { words: '끝내 증액을 고집한다면 전액 삭감하겠다', speaker: '정우성', verb: '경고했다' },
      { words: '매표 행위', speaker: '당 지도부', verb: '규정했다' },
    ]);
    expect(texts).toHaveLength(2);
    expect(result.sentences[0]?.cues).toEqual(expect.arrayContaining(['warn:경고했', 'outcome:삭감']));
    expect(result.sentences[1]?.cues).toEqual(expect.arrayContaining(['critic:라고규정', 'label:매표']));
  });

  it("marks a research institute's finding that a policy has little effect", async () => {
    const { result } = await critiqueOf('국책연구기관인 한국정책연구원도 보고서에서 비슷한 지원금의 고용 효과가 미미하다고 분석했다.');
    expect(result.sentences[0]?.cues).toEqual(expect.arrayContaining(['doubt:효과가미미', 'analysis:분석했']));
  });

  it("marks a foreign government's counter-statement, an accusation and an expert's doubt", async () => {
    const { texts } = await critiqueOf(
      [
        '중국 외교부 대변인은 “정당한 권익을 지키기 위해 필요한 모든 조치를 취할 것”이라고 반발했다.',
        '김태호 장관은 “중국이 불공정한 무역 관행을 바로잡지 않는다면 추가 조치를 검토하겠다”고 말했다.',
        '한지민 선임연구위원은 “이번 합의는 구속력이 없어 실제 이행 여부는 미지수”라고 말했다.',
      ].join('\n'),
      [
        { words: '정당한 권익을 지키기 위해 필요한 모든 조치를 취할 것', speaker: '중국 외교부 대변인', verb: '반발했다' },
        { words: '중국이 불공정한 무역 관행을 바로잡지 않는다면 추가 조치를 검토하겠다', speaker: '김태호', verb: '말했다' },
        { words: '이번 합의는 구속력이 없어 실제 이행 여부는 미지수', speaker: '한지민', verb: '말했다' },
      ],
    );
    expect(texts).toHaveLength(3);
  });

  it("marks the reporter's own doubt as the main predicate, but not inside a clause", async () => {
    expect((await critiqueOf('실제 효과가 나타날지는 미지수다.')).texts).toHaveLength(1);
    expect((await critiqueOf('미지수였던 신인 선수가 결승골을 넣었다.')).texts).toEqual([]);
  });
});

describe('what is not critique', () => {
  it('leaves an article of plain quotes empty', async () => {
    const { result } = await critiqueOf(
      '한빛전자가 5일 새 스마트폰을 출시했다. 김영수 대표는 “고객의 목소리를 반영했다”고 말했다. 그는 “배터리 성능이 크게 좋아졌다”라고 덧붙였다. 하지만 출시 행사는 예정대로 열렸다.',
      [
        { words: '고객의 목소리를 반영했다', speaker: '김영수', verb: '말했다' },
        { words: '배터리 성능이 크게 좋아졌다', speaker: '김영수', verb: '덧붙였다', via: 'pronoun' },
      ],
    );
    expect(result).toEqual({ sentences: [], section: null });
  });

  it('does not read praise with a stance word in a quote (한계를 넘어선, 부작용이 적다)', async () => {
    const { texts } = await critiqueOf('이수진 교수는 “부작용이 적다는 점이 장점”이라고 말했다. 그는 “기존 치료제의 한계를 넘어선 결과”라고 평가했다.', [
      { words: '부작용이 적다는 점이 장점', speaker: '이수진', verb: '말했다' },
      { words: '기존 치료제의 한계를 넘어선 결과', speaker: '이수진', verb: '평가했다', via: 'pronoun' },
    ]);
    expect(texts).toEqual([]);
  });

  it('does not read a dismissed doubt (우려를 불식)', async () => {
    expect((await critiqueOf('회사는 우려를 불식시키기 위해 품질 검사를 강화했다고 설명했다.')).texts).toEqual([]);
  });

  it('does not read a warning about a third-party threat', async () => {
    expect((await critiqueOf('군 당국은 북한이 추가 미사일 도발에 나설 수 있다고 경고했다.')).texts).toEqual([]);
    expect((await critiqueOf('북한의 추가 도발 우려가 커지고 있다.')).texts).toEqual([]);
  });

  it('does not match a two-letter cue across a word break (나의 도시 is no 의도)', async () => {
    expect((await critiqueOf('한편으론 나의 도시에서 첫 방송이 나갔다.')).texts).toEqual([]);
  });
});

describe('the section', () => {
  it('is the heading-delimited section where the critique is, with its heading', async () => {
    const text = [
      '세계 주요 기업과 대학이 참여한 새 연합이 5일 출범해 개방형 기술 개발을 주도하겠다고 밝혔다.',
      '연합은 교육과 연구를 지원하고 표준을 만들 계획이라고 설명했다.',
      '윤리 경영 내세운 모양새',
      '일단 연합은 좋은 목적을 표방하고 있다.',
      '한편으론 규제를 피하려는 의도도 숨어있다는 지적이 나온다.',
      '향후 일정',
      '연합은 다음 달 첫 회의를 연다.',
    ].join('\n');
    const { texts, heading, result } = await critiqueOf(text);
    expect(texts).toEqual(['한편으론 규제를 피하려는 의도도 숨어있다는 지적이 나온다.']);
    expect(heading).toBe('윤리 경영 내세운 모양새');
    const doc = await docOf(text);
    expect(textOf(doc, result.section)).toBe('일단 연합은 좋은 목적을 표방하고 있다.\n한편으론 규제를 피하려는 의도도 숨어있다는 지적이 나온다.');
  });

  it('is null with no sentences when the article has no critique', async () => {
    const { result } = await critiqueOf('정부는 내년 예산안을 발표했다. 예산은 올해보다 5% 늘었다.');
    expect(result).toEqual({ sentences: [], section: null });
  });
});

describe('English', () => {
  it('marks critics with a stance', async () => {
    const { texts } = await critiqueOf('The company launched the program on Monday. However, critics said the plan was a ploy to avoid regulation.');
    expect(texts).toEqual(['However, critics said the plan was a ploy to avoid regulation.']);
  });

  it('marks a critical reception and a doubt voiced in a quote', async () => {
    const { texts } = await critiqueOf(
      'The city will build 5,000 homes. However, critics say the plan falls short. "It remains to be seen whether the money will arrive," said Ann Lee.',
      [{ words: 'It remains to be seen whether the money will arrive,', speaker: 'Ann Lee', verb: 'said' }],
    );
    expect(texts).toEqual(['However, critics say the plan falls short.', '"It remains to be seen whether the money will arrive," said Ann Lee.']);
  });

  it('does not mark a plain "however"', async () => {
    expect((await critiqueOf('However, the meeting went ahead as planned on Tuesday.')).texts).toEqual([]);
  });
});

describe('critics in moderate words', () => {
  it('marks an official disapproving of a policy in a quote (…없이 …하는 것은 바람직하지 않다)', async () => {
    const { result } = await critiqueOf('정 교육감은 “교육 효과에 대한 충분한 검증 없이 일괄 도입하는 것은 바람직하지 않다”고 말했다.', [
      { words: '교육 효과에 대한 충분한 검증 없이 일괄 도입하는 것은 바람직하지 않다', speaker: '정 교육감', verb: '말했다' },
    ]);
    expect(result.sentences).toHaveLength(1);
    expect(result.sentences[0]?.cues).toEqual(expect.arrayContaining(['disapproval:바람직하지않']));
  });

  it('marks a charge of forcing, shifting or ignoring made in a quote', async () => {
    const { result } = await critiqueOf('교육부 한 관계자는 “일부 교육청이 사실상 학교에 종이 교과서 사용을 강요하고 있다”고 말했다.', [
      { words: '일부 교육청이 사실상 학교에 종이 교과서 사용을 강요하고 있다', speaker: '교육부 관계자', verb: '말했다' },
    ]);
    expect(result.sentences[0]?.cues).toEqual(expect.arrayContaining(['blame:강요하고있']));
  });

  it('does not read a negated charge or a promise to fix problems', async () => {
    expect((await critiqueOf('김 장관은 “현장의 목소리를 외면하지 않겠다”고 말했다.', [{ words: '현장의 목소리를 외면하지 않겠다', speaker: '김 장관', verb: '말했다' }])).texts).toEqual([]);
    expect((await critiqueOf('김 장관은 “문제가 있으면 즉시 바로잡겠다”고 말했다.', [{ words: '문제가 있으면 즉시 바로잡겠다', speaker: '김 장관', verb: '말했다' }])).texts).toEqual([]);
    expect((await critiqueOf('정부는 제도 미비점을 보완하기로 했다.')).texts).toEqual([]);
  });

  it("marks a union's spokesperson voicing hardship, but not a victim of a disaster", async () => {
    const { result } = await critiqueOf('교사노조 김 대변인은 “교사들은 잦은 오류와 업무 부담에 시달리고 있다”고 말했다.', [
      { words: '교사들은 잦은 오류와 업무 부담에 시달리고 있다', speaker: '교사노조 김 대변인', verb: '말했다' },
    ]);
    expect(result.sentences[0]?.cues).toEqual(expect.arrayContaining(['hardship:시달리', 'advocate:노조']));
    expect((await critiqueOf('한 주민은 “피해를 입은 이웃들이 많아 막막하다”고 말했다.', [{ words: '피해를 입은 이웃들이 많아 막막하다', speaker: '주민', verb: '말했다' }])).texts).toEqual([]);
    expect((await critiqueOf('농민 김씨는 “올해 농사를 다 망쳐 고통스럽다”고 말했다.', [{ words: '올해 농사를 다 망쳐 고통스럽다', speaker: '김씨', verb: '말했다' }])).texts).toEqual([]);
  });

  it('reads a group of critics (전문가들은 …고 지적한다) as framing the critics quoted next', async () => {
    const { texts, result } = await critiqueOf(
      [
        '교육부는 내년부터 새 교과서를 모든 학교에 도입한다.',
        '전문가들은 도입 과정부터 문제가 있었다고 지적한다. 박 교수는 “검정 기간이 너무 짧았다”고 말했다. 이어 “현장 적용 준비가 전혀 되지 않았다”라고 말했다.',
      ].join('\n'),
      [
        { words: '검정 기간이 너무 짧았다', speaker: '박 교수', verb: '말했다' },
        { words: '현장 적용 준비가 전혀 되지 않았다', speaker: '박 교수', verb: '말했다' },
      ],
    );
    expect(texts).toEqual(['전문가들은 도입 과정부터 문제가 있었다고 지적한다.', '박 교수는 “검정 기간이 너무 짧았다”고 말했다.', '이어 “현장 적용 준비가 전혀 되지 않았다”라고 말했다.']);
    expect(result.sentences[1]?.cues[0]).toBe('run:framed');
  });

  it('reads 구조적인 문제를 지적한다 and 불만은 폭발 직전이다 as critique', async () => {
    expect((await critiqueOf('전문가들은 구조적인 문제를 지적한다.')).texts).toHaveLength(1);
    const { result } = await critiqueOf('현장 교사들의 불만은 폭발 직전이다.');
    expect(result.sentences[0]?.cues).toEqual(expect.arrayContaining(['reported:불만']));
  });
});

describe('statements, demands and protests', () => {
  it("marks an association's statement calling a measure discrimination", async () => {
    const { result } = await critiqueOf('대한노인회는 성명을 내고 “나이만으로 운전을 제한하는 것은 명백한 차별”이라고 주장했다.', [
      { words: '나이만으로 운전을 제한하는 것은 명백한 차별', speaker: '대한노인회', verb: '주장했다' },
    ]);
    expect(result.sentences[0]?.cues).toEqual(expect.arrayContaining(['disapproval:명백한차별']));
  });

  it("marks supporters' complaint and a protest banner with a demand, not a banner of celebration", async () => {
    expect((await critiqueOf('서포터스 연합은 “매년 같은 변명만 되풀이한다”고 말했다.', [{ words: '매년 같은 변명만 되풀이한다', speaker: '서포터스 연합', verb: '말했다' }])).texts).toHaveLength(1);
    const { result } = await critiqueOf('팬들은 경기장 앞에 ‘리그부터 살려라’라는 걸개를 내걸었다.');
    expect(result.sentences[0]?.cues).toEqual(expect.arrayContaining(['protest:걸개', 'demand:살려라']));
    expect((await critiqueOf('팬들은 경기장 앞에 ‘우승을 축하합니다’라는 걸개를 내걸었다.')).texts).toEqual([]);
  });

  it('marks a demand for withdrawal reported as speech', async () => {
    expect((await critiqueOf('야당은 정부에 정책을 즉각 철회하라고 요구했다.')).texts).toHaveLength(1);
  });

  it('marks a regulator rebuking the regulated and a foreign chamber voicing concern', async () => {
    const rebuke = await critiqueOf('금융감독원장도 “일부 은행이 실적 목표를 채우려고 무리하게 대출을 늘리고 있다”고 질타했다.', [
      { words: '일부 은행이 실적 목표를 채우려고 무리하게 대출을 늘리고 있다', speaker: '금융감독원장', verb: '질타했다' },
    ]);
    expect(rebuke.texts).toHaveLength(1);
    const { result } = await critiqueOf('미국 상공회의소도 한국 정부가 미국 기업을 겨냥한 차별적 규제를 추진한다며 우려를 표명했다.');
    expect(result.sentences[0]?.cues).toEqual(expect.arrayContaining(['critic:우려를표명', 'disapproval:차별적']));
  });
});

describe('counter-analysis', () => {
  it('marks a reading that casts doubt on the premise and data against it', async () => {
    const { texts } = await critiqueOf(
      [
        '정부는 고령 운전자의 야간 운전을 제한하는 방안을 추진한다.',
        '고령 운전자 사고가 늘어난 것은 고령 운전자 수 자체가 늘었기 때문이라는 분석도 있다. 면허 보유자 대비로 보면 고령 운전자가 다른 연령대보다 압도적으로 위험하다는 통계는 없다.',
      ].join('\n'),
    );
    expect(texts).toHaveLength(2);
  });

  it('does not mark a plain finding or a plain forecast', async () => {
    expect((await critiqueOf('이번 조사에서 고령 운전자 수 자체가 늘어난 것으로 나타났다.')).texts).toEqual([]);
    expect((await critiqueOf('업계에서는 하반기 수요가 회복될 것이라는 분석도 나온다.')).texts).toEqual([]);
  });
});

describe('English critics', () => {
  it('marks a warning with "however" inside the sentence and a union statement', async () => {
    const { texts } = await critiqueOf(
      [
        'The government said on Monday it would cut 10,000 public sector jobs.',
        'Opposition leader Jane Smith, however, warned that the government was rushing the reform without consultation.',
        'The union representing civil servants said in a statement that efficiency gains "must not come at the expense of jobs."',
      ].join('\n'),
      [{ words: 'must not come at the expense of jobs.', speaker: 'The union representing civil servants', verb: 'said' }],
    );
    expect(texts).toHaveLength(2);
  });

  it('does not mark "however" with a plain forecast', async () => {
    expect((await critiqueOf('Analysts, however, said chip prices could fall next year.')).texts).toEqual([]);
  });
});
