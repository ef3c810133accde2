/**
 * Stated goals: one behaviour per test, on small texts built into real Docs (real mecab morphemes).
 * Quotes and entities are left out unless a test is about them, so each cue family is seen alone.
 */
import { describe, expect, it } from 'vitest';
import type { Doc } from '../src/doc';
import { extractGoals } from '../src/extract/goals';
import { emptyEntityIndex, type GoalAnnotation, type QuoteAnnotation } from '../src/extract/model';
import { docOf, textOf } from './helpers';

async function goalsOf(text: string, quotes: QuoteAnnotation[] = []): Promise<{ doc: Doc; goals: GoalAnnotation[] }> {
  const doc = await docOf(text);
  return { doc, goals: extractGoals(doc, emptyEntityIndex(), quotes) };
}

async function goalTexts(text: string): Promise<string[]> {
  const { doc, goals } = await goalsOf(text);
  return goals.map((g) => textOf(doc, g) as string);
}

describe('will-statements (할 것)', () => {
  it('reads a quoted 할 것 with a speech verb as a commitment', async () => {
    const { doc, goals } = await goalsOf('김 대표는 “내년까지 공장을 두 배로 늘릴 것”이라고 말했다.');
    expect(goals.map((g) => textOf(doc, g))).toEqual(['내년까지 공장을 두 배로 늘릴 것']);
    expect(goals[0]?.modality).toBe('commitment');
    expect(goals[0]?.cue).toBe('할 것');
  });

  it('reads 할 것이라고 밝혔다 outside quotes, without the reporting verb', async () => {
    expect(await goalTexts('협회는 회원사에 교육 프로그램을 제공할 것이라고 밝혔다.')).toEqual(['회원사에 교육 프로그램을 제공할 것']);
  });

  it('marks 할 것으로 전해졌다 as reported and keeps the reporting verb', async () => {
    const { doc, goals } = await goalsOf('이 단체는 다음 달 실무 위원회를 구성할 것으로 전해졌다.');
    expect(goals.map((g) => textOf(doc, g))).toEqual(['다음 달 실무 위원회를 구성할 것으로 전해졌다']);
    expect(goals[0]?.modality).toBe('reported');
  });

  it('takes 임을 천명했다 as the frame of the quoted goal, not as a second goal', async () => {
    const { goals } = await goalsOf('연합은 “회원사 교육에 힘을 쏟을 것”임을 천명했다.');
    expect(goals).toHaveLength(1);
    expect(goals[0]?.modality).toBe('commitment');
  });

  it('does not read predictions: 할 것으로 보인다, 내다봤다, 예상된다', async () => {
    expect(await goalTexts('현대차는 전기차 생산을 늘릴 것으로 보인다.')).toEqual([]);
    expect(await goalTexts('전문가들은 금리가 내년에 오를 것으로 내다봤다.')).toEqual([]);
    expect(await goalTexts('수출이 내년에 회복될 것으로 예상된다.')).toEqual([]);
  });

  it('does not read possibility, becoming or past guesses: 수 있을 것, 될 것, 했을 것', async () => {
    expect(await goalTexts('그는 “더 많은 사람이 혜택을 누릴 수 있을 것”이라고 말했다.')).toEqual([]);
    expect(await goalTexts('그는 “이 제도가 큰 도움이 될 것”이라고 말했다.')).toEqual([]);
    expect(await goalTexts('그는 “그래서 몰랐을 것 같아요”라고 말했다.')).toEqual([]);
  });

  it("reads an analyst's will-statement about someone else as a forecast", async () => {
    expect(await goalTexts('김 교수는 “북한은 연말에 추가 도발에 나설 것”이라고 말했다.')).toEqual([]);
    expect(await goalTexts('김 장관은 “정부는 연말까지 지원을 늘릴 것”이라고 말했다.')).toEqual(['정부는 연말까지 지원을 늘릴 것']);
  });

  it("leaves the reporter's own will-statement out", async () => {
    expect(await goalTexts('시장은 내년에도 성장할 것이다.')).toEqual([]);
  });
});

describe('first-person intention (하겠다)', () => {
  it('reads a quoted 하겠다', async () => {
    expect(await goalTexts('그는 “최선의 노력을 다하겠다”고 말했습니다.')).toEqual(['최선의 노력을 다하겠다']);
  });

  it('reads an indirect 하겠다며 before a quote as its own goal', async () => {
    const texts = await goalTexts('그는 동맹국과 협력해 평화를 유지하겠다며 “원칙을 지킬 것”이라고 밝혔습니다.');
    expect(texts).toEqual(['동맹국과 협력해 평화를 유지하겠다', '원칙을 지킬 것']);
  });

  it('does not read wishes or hedges: 좋겠다, 모르겠다, …하겠다, 이런 의도인 것 같다', async () => {
    expect(await goalTexts('그는 “비가 오면 좋겠다”고 말했다.')).toEqual([]);
    expect(await goalTexts('그는 “경쟁사를 압박해서 시장을 차지하겠다, 이런 의도를 보여주는 것 같아요”라고 말했다.')).toEqual([]);
  });

  it('does not read a -겠다고 that no speech verb reports', async () => {
    expect(await goalTexts('북한은 대화에 응하지 않겠다고 선을 그었다.')).toEqual([]);
  });
});

describe('decisions, plans and aims', () => {
  it('reads 하기로 했다 as a plan', async () => {
    const { doc, goals } = await goalsOf('삼성전자는 내년까지 반도체 공장을 새로 짓기로 했다.');
    expect(goals.map((g) => textOf(doc, g))).toEqual(['내년까지 반도체 공장을 새로 짓기로 했다']);
    expect(goals[0]?.modality).toBe('plan');
  });

  it('reads 할 계획이다, 할 예정이라고 밝혔다 and 한다는 목표다', async () => {
    expect(await goalTexts('정부는 청년 일자리를 위해 예산을 늘릴 계획이다.')).toEqual(['청년 일자리를 위해 예산을 늘릴 계획이다']);
    expect(await goalTexts('회사 측은 다음 달 신제품을 출시할 예정이라고 밝혔다.')).toEqual(['다음 달 신제품을 출시할 예정']);
    expect(await goalTexts('이 기업은 2030년까지 탄소중립을 달성한다는 목표다.')).toEqual(['2030년까지 탄소중립을 달성한다는 목표다']);
  });

  it('needs a clause before a noun of intention: 사업 계획을 발표했다 is not a goal', async () => {
    expect(await goalTexts('시는 내년도 사업 계획을 발표했다.')).toEqual([]);
  });

  it('reads plan verbs: 추진한다, 지향한다', async () => {
    expect(await goalTexts('정부는 규제 개혁을 추진한다.')).toEqual(['규제 개혁을 추진한다']);
    expect(await goalTexts('그는 “우리는 평화통일을 지향한다”고 밝혔습니다.')).toEqual(['우리는 평화통일을 지향한다']);
  });

  it('splits goals the article coordinates with -고,', async () => {
    expect(await goalTexts('이와 함께 새 모델을 공개하고, 성능을 평가하기 위한 도구도 개발하기로 했다.')).toEqual([
      '새 모델을 공개하고',
      '성능을 평가하기 위한 도구도 개발하기로 했다',
    ]);
  });

  it('keeps a quoted statement whole: “A하고, B하겠다” is one goal', async () => {
    expect(await goalTexts('그는 “원칙을 갖고 문제를 이행하고, 관계를 개선하는 데 노력을 다하겠다”고 말했습니다.')).toEqual([
      '원칙을 갖고 문제를 이행하고, 관계를 개선하는 데 노력을 다하겠다',
    ]);
  });

  it('continues a plan with a present-tense declarative and no new subject', async () => {
    const texts = await goalTexts('이 연합은 연구 도구를 보급한다는 목표다. 또 연구 기금을 조성한다.');
    expect(texts).toEqual(['연구 도구를 보급한다는 목표다', '연구 기금을 조성한다']);
  });

  it('reads a present-tense sentence with a time still to come', async () => {
    expect(await goalTexts('정부는 내년부터 청년 주거 지원을 대폭 확대한다.')).toEqual(['내년부터 청년 주거 지원을 대폭 확대한다']);
  });

  it('reads 하는 것이 목표 and keeps 2.0 inside its clause', async () => {
    expect(await goalTexts('그는 “3년 안에 세계 10위 기업으로 도약하는 것이 목표”라고 말했다.')).toEqual(['3년 안에 세계 10위 기업으로 도약하는 것이 목표']);
    expect(await goalTexts("회사는 연말까지 새 모델 '버전 2.0'을 공개할 예정이다.")).toEqual(["연말까지 새 모델 '버전 2.0'을 공개할 예정이다"]);
  });

  it('does not read a present-tense sentence without a plan before it', async () => {
    expect(await goalTexts('그는 매일 아침 운동한다.')).toEqual([]);
  });

  it('does not read past events or descriptions', async () => {
    expect(await goalTexts('글로벌 연합이 5일 출범했다. 이 연합에는 50여개 기업이 참여했다.')).toEqual([]);
  });
});

describe('more ways to state a plan', () => {
  it('reads a goal clause that ends in a connective: 목표로 하고 있으며,', async () => {
    expect(await goalTexts('한빛반도체는 내년 하반기 기업공개(IPO)를 목표로 하고 있으며, 차세대 칩은 2026년부터 양산할 계획이다.')).toEqual([
      '내년 하반기 기업공개(IPO)를 목표로 하고 있으며',
      '차세대 칩은 2026년부터 양산할 계획이다',
    ]);
  });

  it('reads a goal that is set: 한다는 목표를 세웠다, 목표도 내걸었다', async () => {
    expect(await goalTexts('시는 2027년까지 외국인 관광객 300만 명을 유치한다는 목표를 세웠다.')).toEqual(['2027년까지 외국인 관광객 300만 명을 유치한다는 목표를 세웠다']);
    expect(await goalTexts('회사는 매출 10조 원을 달성한다는 목표도 내걸었다.')).toEqual(['매출 10조 원을 달성한다는 목표도 내걸었다']);
  });

  it('reads a present-tense plan with a time to come: 연내, 내년 상반기, and a causative (데뷔시킨다)', async () => {
    expect(await goalTexts('시는 연내 도시계획 조례를 개정해 용적률 상한을 높인다.')).toEqual(['연내 도시계획 조례를 개정해 용적률 상한을 높인다']);
    expect(await goalTexts('별빛엔터테인먼트가 새 걸그룹을 내년 상반기 데뷔시킨다.')).toHaveLength(1);
  });

  it('reads the polite present of broadcast news with a time to come: 적용합니다', async () => {
    expect(await goalTexts('환경부는 내년 상반기부터 모든 매장에 제도를 적용합니다.')).toEqual(['내년 상반기부터 모든 매장에 제도를 적용합니다']);
    expect(await goalTexts('환경부는 매장마다 제도를 적용합니다.')).toEqual([]);
  });

  it('reads a first-person intent with an auxiliary: 증명해 보이겠다', async () => {
    expect(await goalTexts('윤 대표는 “우리 시스템의 힘을 증명해 보이겠다”고 말했다.')).toEqual(['우리 시스템의 힘을 증명해 보이겠다']);
    expect(await goalTexts('그는 “상황이 나아지는 것처럼 보이겠다”고 말했다.')).toEqual([]);
  });

  it('reads 투입할 예정이다, 하겠다는 구상이다 / 복안이다, 추진 중이다, 에 나선다', async () => {
    expect(await goalTexts('대한전자는 평택에 전용 생산라인을 짓는 데 20조 원을 투입할 예정이다.')).toEqual(['평택에 전용 생산라인을 짓는 데 20조 원을 투입할 예정이다']);
    expect(await goalTexts('회사는 팬 플랫폼을 새로 구축하겠다는 구상이다.')).toEqual(['팬 플랫폼을 새로 구축하겠다는 구상이다']);
    expect(await goalTexts('정부는 규제를 한꺼번에 풀겠다는 복안이다.')).toEqual(['규제를 한꺼번에 풀겠다는 복안이다']);
    expect(await goalTexts('회사는 해외 법인 설립을 추진 중이다.')).toEqual(['해외 법인 설립을 추진 중이다']);
    expect(await goalTexts('정부는 미국과 통상 협의에 나선다.')).toEqual(['미국과 통상 협의에 나선다']);
  });

  it('does not read past intentions that came to nothing', async () => {
    expect(await goalTexts('대한전자는 지난해 미국 진출을 목표로 했지만 무산됐다.')).toEqual([]);
    expect(await goalTexts('두 회사는 합병하기로 했지만 협상이 결렬되면서 결국 무산됐다.')).toEqual([]);
  });

  it('does not read what will happen (a subject that names no actor, no object) as a goal', async () => {
    expect(await goalTexts('업체 관계자는 “당장 판매가 급감할 것”이라고 말했다.')).toEqual([]);
    expect(await goalTexts('도시연대는 “개발 이익이 특정 대학과 건설사에 돌아갈 것”이라고 비판했다.')).toEqual([]);
    expect(await goalTexts('대통령은 “이 법이 많은 생명을 구할 것”이라고 말했다.')).toEqual(['이 법이 많은 생명을 구할 것']);
  });

  it("does not read a third party's forecast or hope", async () => {
    expect(await goalTexts('업계는 이 회사가 흑자 전환에 성공할 것으로 보고 있다.')).toEqual([]);
    expect(await goalTexts('주민들은 재개발이 하루빨리 추진되기를 바라고 있다.')).toEqual([]);
  });

  it('leaves a linking adverb out of the actor (한편 정부는 → 정부)', async () => {
    const { goals } = await goalsOf('한편 정부는 관련 예산을 늘리기로 했다.');
    expect(goals[0]?.actor?.name).toBe('정부');
  });
});

describe('will stated through a noun (하겠다는 의지를 재확인했다)', () => {
  it('reads an intention the actor declares', async () => {
    expect(await goalTexts('두 정상은 협력을 강화하겠다는 확고한 의지를 재확인했다.')).toEqual(['협력을 강화하겠다는 확고한 의지를 재확인했다']);
  });

  it('does not read an intention the reporter says a document contains', async () => {
    expect(await goalTexts('양사가 협력하겠다는 의지는 보고서에도 담겼습니다.')).toEqual([]);
  });

  it('does not read a stance that is no intention: 반대한다는 입장', async () => {
    expect(await goalTexts('정부는 이 조치에 반대한다는 입장을 재확인했다.')).toEqual([]);
  });
});

describe('obligations and recommendations', () => {
  it('reads a quoted 해야 한다 as an aim', async () => {
    const { doc, goals } = await goalsOf('장관은 “정부가 규제를 완화해 나가야 한다”고 밝혔습니다.');
    expect(goals.map((g) => textOf(doc, g))).toEqual(['정부가 규제를 완화해 나가야 한다']);
    expect(goals[0]?.modality).toBe('aim');
  });

  it('does not read states, passives or attention: 있어야, 돼야, 주목해야 한다', async () => {
    expect(await goalTexts('그는 “역할에 변화가 있어야 한다”고 말했다.')).toEqual([]);
    expect(await goalTexts('그는 “협력이 강화돼야 한다”고 말했다.')).toEqual([]);
    expect(await goalTexts('그는 이 점을 주목해야 한다고 말했다.')).toEqual([]);
  });

  it("does not read the reporter's own 해야 한다", async () => {
    expect(await goalTexts('정부는 대책을 서둘러야 한다.')).toEqual([]);
  });

  it('reads a recommendation: 할 것을 권고한다', async () => {
    expect(await goalTexts('당국은 “기업들이 보안 조치를 강화할 것을 권고한다”고 밝혔다.')).toEqual(['기업들이 보안 조치를 강화할 것을 권고한다']);
  });
});

describe('commitments', () => {
  it('reads a promise with a noun object: 지원을 약속했다', async () => {
    const { goals } = await goalsOf('대통령은 피해 지역에 대한 전폭적인 지원을 약속했다.');
    expect(goals).toHaveLength(1);
    expect(goals[0]?.modality).toBe('commitment');
  });
});

describe('actors', () => {
  it('resolves 이 기구 to the organization of the lead, and 회원들 to its members', async () => {
    const { goals } = await goalsOf(
      '세계 기업들이 모인 ‘녹색 연합’(Green Alliance)이 5일 출범했다.\n이 기구는 다음 달 실무 그룹을 구성할 것으로 전해졌다. 회원들은 또한 기술 위원회를 구성할 것으로 알려졌다.',
    );
    expect(goals.map((g) => g.actor?.name)).toEqual(['녹색 연합', '녹색 연합 회원들']);
    expect(goals[0]?.actor?.nameEn).toBe('Green Alliance');
  });

  it('lets a zero subject continue the previous actor', async () => {
    const { goals } = await goalsOf('협회는 교육 자료를 배포한다는 목표다. 또 연구자를 지원하기로 했다.');
    expect(goals.map((g) => g.actor?.name)).toEqual(['협회', '협회']);
  });

  it('takes a named subject inside the clause over the speaker', async () => {
    const { goals } = await goalsOf('그는 특히 녹색재단이 “중립적 공간”을 제공할 것이라고 밝혔다.');
    expect(goals[0]?.actor?.name).toBe('녹색재단');
  });

  it('does not take the subject of a subordinate clause (…이 …하도록) for the actor', async () => {
    const { goals } = await goalsOf('장관은 “청년들이 꿈을 포기하지 않도록 최선을 다하겠다”고 말했다.');
    expect(goals[0]?.actor?.name).toBe('장관');
  });

  it('takes a named 도-subject (…도 …할 계획) but not a 도-object', async () => {
    const { goals } = await goalsOf('협회는 새 지침을 만들 계획이다. 한편 ‘미래재단’(Future Foundation)도 다음 달 지침을 공개할 계획이다.');
    expect(goals.map((g) => g.actor?.name)).toEqual(['협회', '미래재단']);
  });

  it("gives a quoted goal its speaker's name", async () => {
    const text = '박 장관은 “규제를 풀겠다”고 말했다.';
    const doc = await docOf(text);
    const open = text.indexOf('“');
    const quote: QuoteAnnotation = {
      start: open + 1,
      end: text.indexOf('”'),
      kind: 'direct',
      speaker: { name: '박민수', nameEn: 'Park Min-su', role: '장관', kind: 'person', mention: { start: 0, end: 4 }, via: 'explicit', ref: null },
      verb: '말했다',
      verbRange: null,
      sentence: 0,
      evidence: [],
    };
    const goals = extractGoals(doc, emptyEntityIndex(), [quote]);
    expect(goals[0]?.actor).toEqual({ name: '박민수', nameEn: 'Park Min-su', ref: null });
  });
});

describe('categories and evidence', () => {
  it('labels a goal from the taxonomy by its keywords', async () => {
    const { goals } = await goalsOf('이 연합은 새 벤치마크와 도구를 배포하기로 했다.');
    expect(goals[0]?.category).toBe('benchmarks and tools');
  });

  it('names the rules that fired', async () => {
    const { goals } = await goalsOf('협회는 회원사에 교육 프로그램을 제공할 것이라고 밝혔다.');
    expect(goals[0]?.evidence).toEqual(expect.arrayContaining(['core:할 것', 'frame:speech']));
  });

  it('ignores headlines and in-body headings', async () => {
    const text = '김 대표 “내년 신사업 진출할 것”\n\n홍길동 대표가 7일 서울 본사에서 기자간담회를 열고 올해 실적과 사업 방향을 설명했습니다.\n신사업 진출 예정\n홍 대표는 간담회에서 회사의 장기 성장 전략과 인재 확보 방안을 거듭 강조했습니다.';
    expect(await goalTexts(text)).toEqual([]);
  });
});

describe('English', () => {
  it('reads plans and commitments with their subject', async () => {
    const { doc, goals } = await goalsOf('The alliance plans to release open models next year. It was founded in December.');
    expect(goals.map((g) => textOf(doc, g))).toEqual(['The alliance plans to release open models next year']);
    expect(goals[0]?.modality).toBe('plan');
    expect(goals[0]?.category).toBe('open models');
  });

  it('splits clauses joined by ", and" and ends a quoted goal at the quote', async () => {
    const texts = await goalTexts('The group plans to publish benchmarks, and it aims to train researchers. "We will share our models," the chairman said.');
    expect(texts).toEqual(['The group plans to publish benchmarks', 'it aims to train researchers', 'We will share our models']);
  });

  it('does not read predictions', async () => {
    expect(await goalTexts('Prices are expected to rise next year. Analysts said the bank will raise rates.')).toEqual([]);
  });

  it('does not read a doubt about what will happen', async () => {
    expect(await goalTexts('"It remains to be seen whether the money will arrive," she said.')).toEqual([]);
  });
});

describe('long clauses', () => {
  it('cuts a clause with no boundary at a word 400 characters before its core', async () => {
    const { doc, goals } = await goalsOf(`김 장관은 “${'추진하겠다고 말했다 '.repeat(300)}`);
    expect(goals).toHaveLength(300);
    expect(textOf(doc, goals[0])).toBe('추진하겠다');
    const last = textOf(doc, goals[goals.length - 1]) as string;
    expect(last.startsWith('추진하겠다고 말했다 ')).toBe(true);
    expect(last.replace(/\s/g, '').length).toBeLessThanOrEqual(400 + '추진하겠다'.length);
  });

  it('keeps a named subject in single marks before a long run of marks: ‘녹색재단’이 … 할 계획', async () => {
    const { goals } = await goalsOf(`정부는 ${'‘가'.repeat(300)} 계획을 추진하기로 했다. ‘녹색재단’(Green Foundation)은 다음 달 지침을 공개할 계획이다.`);
    expect(goals.map((g) => g.actor?.name)).toEqual(['정부', '녹색재단']);
  });
});
