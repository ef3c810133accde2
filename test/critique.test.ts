/**
 * Critique: one cue family per test on small texts built into real Docs, with the negative cases
 * that look like critique and are not (한편 as 'meanwhile', a neutral 지적했다, a worry about a threat).
 */
import { describe, expect, it } from 'vitest';
import { extractCritique } from '../src/extract/critique';
import type { CritiqueAnnotation } from '../src/extract/model';
import { docOf, textOf } from './helpers';

async function critiqueOf(text: string): Promise<{ texts: string[]; result: CritiqueAnnotation; heading: string | null }> {
  const doc = await docOf(text);
  const result = extractCritique(doc, []);
  return {
    texts: result.sentences.map((s) => textOf(doc, s) as string),
    result,
    heading: textOf(doc, result.section?.heading),
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
    expect(result.sentences[0]?.cues).toEqual(expect.arrayContaining(['critic:지적도나온', 'stance:보여주기']));
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

  it('does not mark a plain "however"', async () => {
    expect((await critiqueOf('However, the meeting went ahead as planned on Tuesday.')).texts).toEqual([]);
  });
});
