/**
 * Speakers that need the article's context: a surname that is also a word (전 대변인, 이 대변인),
 * reported speech inside reported speech (통신은 … 말했다고 전했다), a body referred to by its
 * noun (통신은, 신문은, 협회 측은), a pronoun after a person introduced without a quote, a body
 * with a document noun (사설에서, 입장문에서), short partial quotes that carry a judgment, and
 * English attributions (title before the name, relative clauses, narration between quotes).
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/extract/entities';
import type { QuoteAnnotation } from '../src/extract/model';
import { extractQuotes } from '../src/extract/quotes';
import { docOf, textOf } from './helpers';

async function quotesOf(text: string) {
  const doc = await docOf(text);
  const quotes = extractQuotes(doc, extractEntities(doc));
  return quotes.map((q: QuoteAnnotation) => ({
    text: textOf(doc, q),
    speaker: q.speaker?.name ?? null,
    role: q.speaker?.role ?? null,
    kind: q.kind,
    via: q.speaker?.via ?? null,
    verb: q.verb,
    speakerKind: q.speaker?.kind ?? null,
  }));
}

const lines = (...xs: string[]): string => xs.join('\n');

describe('a surname that is also a word', () => {
  it('전 대변인 after 전하늘 대변인 is 전하늘, not a former spokesperson', async () => {
    const list = await quotesOf('전하늘 국방부 대변인은 “북한의 도발은 명백한 위반”이라고 규탄했다. 전 대변인은 “추가 조치를 검토하고 있다”고 말했다.');
    expect(list.map((q) => q.speaker)).toEqual(['전하늘', '전하늘']);
    expect(list[1]).toMatchObject({ via: 'short-name', speakerKind: 'person' });
  });

  it('전 대변인 with no such person stays a former spokesperson; 전 장관 is not 전하늘 대변인', async () => {
    const a = await quotesOf('전 대변인은 “정부가 잘못했다”고 말했다.');
    expect(a[0]).toMatchObject({ speaker: '전 대변인', speakerKind: 'unnamed' });
    const b = await quotesOf('전하늘 국방부 대변인은 “도발은 위반”이라고 말했다. 전 장관은 “대화가 먼저”라고 말했다.');
    expect(b[1]?.speaker).not.toBe('전하늘');
  });

  it('이 대변인 is 이하늘 대변인, not the latest spokesperson', async () => {
    const list = await quotesOf(
      '이하늘 국방부 대변인은 “도발은 명백한 위반”이라고 말했다. 김민수 통일부 대변인은 “대화가 필요하다”고 말했다. 이 대변인은 “추가 조치를 검토하고 있다”고 말했다.',
    );
    expect(list.map((q) => q.speaker)).toEqual(['이하늘', '김민수', '이하늘']);
  });

  it('반 전 총장: a surname, a modifier and the title', async () => {
    const list = await quotesOf('반기문 전 유엔 사무총장은 “기후 위기는 현실”이라고 말했다. 반 전 총장은 “행동이 필요하다”고 강조했다.');
    expect(list.map((q) => q.speaker)).toEqual(['반기문', '반기문']);
  });

  it('한 교수 after 한지수 교수; 한 관계자 is still an indefinite source', async () => {
    const list = await quotesOf('한지수 교수는 “규제가 늦었다”고 말했다. 한 교수는 “다시 봐야 한다”고 말했다. 한 관계자는 “모르겠다”고 말했다.');
    expect(list.map((q) => q.speaker)).toEqual(['한지수', '한지수', '관계자']);
  });
});

describe('reported speech inside reported speech', () => {
  const text = lines(
    '북한, 신형 ICBM 발사',
    '조선중앙통신은 9일 “새형의 대륙간탄도미사일 시험발사를 성공적으로 진행했다”고 보도했다. 통신은 김정은 국무위원장이 발사를 지켜본 뒤 “우리의 핵억제력은 더욱 강화될 것”이라고 말했다고 전했다. 통신은 “인민의 승리”라고 강조했다.',
  );

  it('the agency speaks its own report; the quote of 말했다고 전했다 is the inner subject’s', async () => {
    const list = await quotesOf(text);
    expect(list.map((q) => q.speaker)).toEqual(['조선중앙통신', '김정은', '조선중앙통신']);
    expect(list[0]).toMatchObject({ speakerKind: 'organization' });
    expect(list[1]).toMatchObject({ speakerKind: 'person' });
  });

  it('신문은 / 방송은: the paper or broadcaster named before', async () => {
    const list = await quotesOf(
      lines(
        '정부 대책 발표',
        '노동신문은 “적들의 도발에 단호히 대응할 것”이라고 보도했다. 신문은 “인민의 승리”라고 강조했다.',
        'KBS는 “정부가 대책을 발표했다”고 보도했다. 방송은 “추가 대책도 나올 것”이라고 전했다.',
      ),
    );
    expect(list.map((q) => q.speaker)).toEqual(['노동신문', '노동신문', 'KBS', 'KBS']);
  });

  it('통신은 with no agency named is no earlier speaker', async () => {
    const list = await quotesOf('김정은 위원장은 “핵무력을 강화하겠다”고 말했다. 통신은 “인민이 환호했다”고 보도했다.');
    expect(list[1]?.speaker).not.toBe('김정은');
  });
});

describe('a pronoun refers to the person introduced last', () => {
  it('그는 after a person introduced with 도 in a sentence without a quote', async () => {
    const list = await quotesOf(
      '김도현 감독은 “선수들이 끝까지 잘 싸웠다”고 말했다. 주장 제시 린든도 목소리를 보탰다. 그는 구단 유튜브 채널 인터뷰에서 “팬들의 응원이 큰 힘이 됐다”며 “다음 경기도 반드시 이기겠다”고 말했다.',
    );
    expect(list.map((q) => q.speaker)).toEqual(['김도현', '제시 린든', '제시 린든']);
  });

  it('그는 after a person introduced as a nominative subject', async () => {
    const list = await quotesOf('김도현 감독은 “선수들이 잘 싸웠다”고 말했다. 경기가 끝난 뒤 주장 손흥민도 목소리를 보탰다. 그는 “팬들에게 감사하다”고 말했다.');
    expect(list[1]).toMatchObject({ speaker: '손흥민', role: '주장', via: 'pronoun' });
  });
});

describe('a body speaking through a document', () => {
  it('아사히신문은 이날 사설에서 “…”: the paper, not the politician quoted before', async () => {
    const list = await quotesOf('다카이치 총리는 “헌법 개정을 추진하겠다”고 말했다. 아사히신문은 이날 사설에서 “총리의 발언은 성급하다”라고 지적했다.');
    expect(list[1]).toMatchObject({ speaker: '아사히신문', speakerKind: 'organization' });
  });

  it('bodies unknown to the gazetteer, by their endings', async () => {
    const list = await quotesOf(
      '한국경영자총협회는 “규제를 풀어야 한다”고 밝혔다. 청년정책포럼은 성명을 내고 “청년 일자리 대책이 시급하다”고 촉구했다. 공공운수노조는 입장문에서 “민영화를 중단하라”고 요구했다. 녹색전환연구원은 보고서에서 “탄소세 도입이 필요하다”고 분석했다.',
    );
    expect(list.map((q) => q.speaker)).toEqual(['한국경영자총협회', '청년정책포럼', '공공운수노조', '녹색전환연구원']);
    expect(list.every((q) => q.speakerKind === 'organization')).toBe(true);
  });

  it('선임연구원 is still a person’s title', async () => {
    const list = await quotesOf('박진우 선임연구원은 “시장이 어렵다”고 말했다.');
    expect(list[0]).toMatchObject({ speaker: '박진우', role: '선임연구원', speakerKind: 'person' });
  });

  it('협회 측은: the association named before, else the association as written — never another body', async () => {
    const a = await quotesOf('대한의사협회는 “정부가 잘못했다”고 말했다. 보건복지부는 “협의하겠다”고 말했다. 협회 측은 보도자료를 통해 “대화에 응하겠다”고 밝혔다.');
    expect(a.map((q) => q.speaker)).toEqual(['대한의사협회', '보건복지부', '대한의사협회']);
    const b = await quotesOf('보건복지부는 “협의하겠다”고 말했다. 협회 측은 보도자료를 통해 “대화에 응하겠다”고 밝혔다.');
    expect(b[1]).toMatchObject({ speaker: '협회', speakerKind: 'organization' });
  });
});

describe('short quotes that carry a judgment', () => {
  it('“…”에 불과하다고 비판했다: a partial quote whatever its length', async () => {
    const list = await quotesOf('야당은 정부의 부동산 대책이 “숫자 놀음”에 불과하다고 비판했다.');
    expect(list).toEqual([expect.objectContaining({ text: '숫자 놀음', kind: 'partial', verb: '비판했다' })]);
  });

  it('“…”라고 written onto the mark quotes a short phrase; naming and scare quotes do not', async () => {
    const list = await quotesOf('그는 “꼼수”라고 페이스북에 적었다. 이 법은 “김영란법”이라고 불린다. 김 의원은 ‘K-칩스법’을 발의했다. 이른바 ‘검수완박’ 논란이 커졌다.');
    expect(list.map((q) => q.text)).toEqual(['꼼수']);
  });
});

describe('English attributions', () => {
  const article = lines(
    'Hyundai Motor to expand overseas production',
    'Hyundai Motor said Tuesday it would build two new plants abroad.',
    '"Producing where we sell is no longer a choice," Hyundai Motor President and CEO Maria Lopez said at a press conference in Seoul. "We aim to localize 80 percent of our production by 2030."',
    'Analysts welcomed the plan. Lopez stressed that the company would keep its research base in Korea.',
    '"Our heart stays in Ulsan," she said.',
    'Hyundai Motor\'s labor union, which represents about 43,000 workers, said in a statement that overseas expansion "must not come at the expense of jobs in Ulsan."',
    '"We have heard these promises before and they never hold," a union official who asked not to be named told The Korea Herald.',
  );

  it('a title before the name, the next quote of the paragraph, a pronoun after narration', async () => {
    const list = await quotesOf(article);
    expect(list.slice(0, 3)).toEqual([
      expect.objectContaining({ speaker: 'Maria Lopez', role: 'Hyundai Motor President and CEO', verb: 'said' }),
      expect.objectContaining({ speaker: 'Maria Lopez', via: 'context' }),
      expect.objectContaining({ speaker: 'Maria Lopez', via: 'pronoun' }),
    ]);
  });

  it('a body with a relative clause, a partial quote; an unnamed official with a relative clause', async () => {
    const list = await quotesOf(article);
    expect(list[3]).toMatchObject({ speaker: "Hyundai Motor's labor union", speakerKind: 'organization', kind: 'partial', verb: 'said' });
    expect(list[4]).toMatchObject({ speaker: 'union official', speakerKind: 'unnamed', verb: 'told' });
  });

  it('he after a person the narration introduced; a Korean name by its family name', async () => {
    const list = await quotesOf(
      lines(
        'Chipmaker shares surge',
        '"The cycle has turned," said Kim Min-jun, an analyst at Mirae Asset Securities.',
        'Samsung Electronics Vice Chairman Lee Jae-yong met with customers in California last week. Lee stressed that the company would expand its foundry business.',
        '"We will not lose this race," he said.',
        '"The government supports the investment," Trade Minister Park Ji-won told reporters.',
        '"Costs will rise in the short term," Park added.',
        '"This is a turning point for the industry," the Korea Automobile Manufacturers Association said in a statement.',
      ),
    );
    expect(list.map((q) => q.speaker)).toEqual(['Kim Min-jun', 'Lee Jae-yong', 'Park Ji-won', 'Park Ji-won', 'the Korea Automobile Manufacturers Association']);
    expect(list[1]).toMatchObject({ via: 'pronoun', role: 'Samsung Electronics Vice Chairman' });
    expect(list[3]).toMatchObject({ via: 'short-name' });
    expect(list[4]).toMatchObject({ speakerKind: 'organization' });
  });

  it('a quote closed by a full stop takes no attribution from the next sentence', async () => {
    const list = await quotesOf(lines('Markets', 'Kim Min-jun, a senior analyst at Mirae Asset, said: "Investors should be careful." Analysts said the rally could continue.'));
    expect(list[0]).toMatchObject({ speaker: 'Kim Min-jun', role: 'a senior analyst at Mirae Asset' });
  });
});
