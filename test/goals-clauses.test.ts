/**
 * Goal clauses inside longer sentences: a decision or a set target ends with the word of its core
 * when the sentence goes on to another statement, clauses stated one after another are goals of
 * their own, and a target that is now in doubt is still a goal.
 */
import { describe, expect, it } from 'vitest';
import { extractGoals } from '../src/extract/goals';
import { emptyEntityIndex } from '../src/extract/model';
import { docOf, textOf } from './helpers';

async function goalsOf(text: string): Promise<Array<{ text: string; actor: string | null }>> {
  const doc = await docOf(text);
  return extractGoals(doc, emptyEntityIndex(), []).map((g) => ({ text: textOf(doc, g) as string, actor: g.actor?.name ?? null }));
}

async function goalTexts(text: string): Promise<string[]> {
  return (await goalsOf(text)).map((g) => g.text);
}

describe('a decision ends with the word of its core', () => {
  it('ends at 했다 before the next sentence', async () => {
    expect(await goalTexts('정부는 2030년까지 재생에너지 발전 비중을 30%까지 끌어올리기로 했다. 환경단체들은 “목표가 너무 낮다”고 비판했다.')).toEqual([
      '2030년까지 재생에너지 발전 비중을 30%까지 끌어올리기로 했다',
    ]);
  });

  it('does not run on into another subject’s statement (…했지만 환경단체들은 …)', async () => {
    expect(await goalTexts('정부는 재생에너지 발전 비중을 30%까지 끌어올리기로 했지만 환경단체들은 “목표가 너무 낮다”고 비판했다.')).toEqual([
      '재생에너지 발전 비중을 30%까지 끌어올리기로 했지만',
    ]);
    expect(await goalTexts('정부가 재생에너지 비중을 30%까지 끌어올리기로 한 가운데 환경단체들은 “목표가 너무 낮다”고 비판했다.')).toEqual([
      '정부가 재생에너지 비중을 30%까지 끌어올리기로 한',
    ]);
  });

  it('leaves out the speech verb of a decision reported as speech (했다고 밝혔다)', async () => {
    expect(await goalTexts('협회는 다음 달 예정된 A매치 장소를 고양종합운동장으로 옮기기로 했다고 밝혔다.')).toEqual([
      '다음 달 예정된 A매치 장소를 고양종합운동장으로 옮기기로 했다',
    ]);
  });

  it('reads 하기로 확정했다 as a decision', async () => {
    expect(await goalTexts('정부는 내년도 의대 입학 정원을 2000명 늘리기로 확정했다.')).toEqual(['내년도 의대 입학 정원을 2000명 늘리기로 확정했다']);
  });

  it('reads decisions stated one after another as goals of their own', async () => {
    expect(await goalTexts('이 회사는 현지 정부와 합작하기로 하고 5년 동안 17억 달러를 투자하기로 했다.')).toEqual(['현지 정부와 합작하기로 하고', '5년 동안 17억 달러를 투자하기로 했다']);
  });

  it('gives coordinated plan clauses (…늘리고, …확대하기로 했다) the sentence’s topic as actor', async () => {
    expect(await goalsOf('환경단체들은 우려를 나타냈다. 산업통상자원부는 해상풍력 경쟁입찰 물량을 올해 3GW로 늘리고, 국내 공급망 강화를 위해 금융 지원을 확대하기로 했다.')).toEqual([
      { text: '해상풍력 경쟁입찰 물량을 올해 3GW로 늘리고', actor: '산업통상자원부' },
      { text: '국내 공급망 강화를 위해 금융 지원을 확대하기로 했다', actor: '산업통상자원부' },
    ]);
  });

  it('starts after a speech clause (“…”라며) and keeps the sentence’s topic as actor', async () => {
    expect(await goalsOf('정부는 “탄소중립은 피할 수 없는 과제”라며 2030년까지 재생에너지 발전 비중을 30%까지 끌어올리기로 했다.')).toEqual([
      { text: '2030년까지 재생에너지 발전 비중을 30%까지 끌어올리기로 했다', actor: '정부' },
    ]);
  });
});

describe('a target set', () => {
  it('reads 목표로 내걸었다 / 세웠다 as a goal, even when the sentence doubts it', async () => {
    expect(await goalTexts('구단은 올 시즌 누적 관중 55만 명 돌파를 목표로 내걸었지만, 성적 부진으로 달성이 불투명해졌다.')).toEqual(['올 시즌 누적 관중 55만 명 돌파를 목표로 내걸었지만']);
    expect(await goalTexts('시는 2030년까지 탄소 배출 40% 감축을 목표로 세웠다.')).toEqual(['2030년까지 탄소 배출 40% 감축을 목표로 세웠다']);
  });

  it('does not read a target that came to nothing (무산됐다, 좌초됐다, 포기했다)', async () => {
    expect(await goalTexts('구단은 관중 55만 명 돌파를 목표로 내걸었지만 결국 무산됐다.')).toEqual([]);
    expect(await goalTexts('회사는 해외 진출을 목표로 세웠으나 자금난으로 좌초됐다.')).toEqual([]);
  });
});

describe('English', () => {
  it("does not read a critic's prediction as a goal (Critics say the plan will …)", async () => {
    expect(await goalTexts('Critics say the plan will hurt rural communities.')).toEqual([]);
  });
});
