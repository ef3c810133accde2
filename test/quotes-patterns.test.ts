/**
 * Quote and speaker patterns of Korean news from many outlets and topics: foreign names before long
 * roles, name + organization + title, titles with English abbreviations, indefinite sources,
 * broadcast transcripts, statements of organizations, broken marks, headlines, and the frames
 * around a quote (speaker after it, zero subject, 측, colon, trailing attribution) — and English.
 * Every test runs on the real Doc (mecab morphemes) with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/extract/entities';
import type { QuoteAnnotation } from '../src/extract/model';
import { extractQuotes } from '../src/extract/quotes';
import { docOf, textOf } from './helpers';

/** The quotes of `text` as { text, speaker, role, kind, via, verb, speakerKind, mention }. */
async function quotesOf(text: string) {
  const doc = await docOf(text);
  const quotes = extractQuotes(doc, extractEntities(doc));
  return {
    doc,
    list: quotes.map((q: QuoteAnnotation) => ({
      text: textOf(doc, q),
      speaker: q.speaker?.name ?? null,
      role: q.speaker?.role ?? null,
      kind: q.kind,
      via: q.speaker?.via ?? null,
      verb: q.verb,
      speakerKind: q.speaker?.kind ?? null,
      mention: textOf(doc, q.speaker?.mention),
    })),
  };
}

const lines = (...xs: string[]): string => xs.join('\n');
const HEAD = '[한빛일보 김기자 기자] ';

describe('foreign names before a role', () => {
  it('a Chinese name before a long role with 겸 and 이/가, then 리 부장 and 그', async () => {
    const { list } = await quotesOf(
      lines(
        '중국, 관세에 맞대응',
        `${HEAD}리밍 중국 공산당 중앙정치국 위원 겸 외교부장이 미국의 관세 조치에 대해 “끝까지 맞설 것”이라며 강경 대응 방침을 재확인했다.`,
        '리 부장은 “중국은 어떤 압박에도 굴복하지 않는다”고 말했다.',
        '그는 “대화의 문은 열려 있다”고 덧붙였다.',
      ),
    );
    expect(list.map((q) => q.speaker)).toEqual(['리밍', '리밍', '리밍']);
    expect(list[0]).toMatchObject({ role: '중국 공산당 중앙정치국 위원 겸 외교부장', speakerKind: 'person', via: 'explicit' });
    expect(list.slice(1).map((q) => q.via)).toEqual(['short-name', 'pronoun']);
  });

  it('a Chinese spokesperson at a briefing, then 장 대변인', async () => {
    const { list } = await quotesOf(
      lines('중국 외교부 반발', `${HEAD}장웨이 외교부 대변인은 정례 브리핑에서 “내정 간섭을 즉각 중단하라”라고 반발했다.`, '장 대변인은 “중국의 입장은 확고하다”고 말했다.'),
    );
    expect(list).toEqual([
      expect.objectContaining({ speaker: '장웨이', role: '외교부 대변인', verb: '반발했다' }),
      expect.objectContaining({ speaker: '장웨이', via: 'short-name' }),
    ]);
  });

  it('a name whose last syllable looks like the subject particle (왕이 중국 외교부장은)', async () => {
    const { list } = await quotesOf('왕이 중국 외교부장은 “협력이 필요하다”고 말했다.');
    expect(list[0]).toMatchObject({ speaker: '왕이', role: '중국 외교부장' });
  });

  it('three-syllable Chinese names and Japanese family names alone before a title', async () => {
    const { list } = await quotesOf(
      lines('동북아 반응', `${HEAD}마오닝 대변인은 “책임은 미국에 있다”고 주장했다.`, '다나카 관방장관은 “냉정한 대응이 필요하다”고 밝혔다.', '린젠 대변인도 “단호히 반대한다”고 말했다.'),
    );
    expect(list.map((q) => q.speaker)).toEqual(['마오닝', '다나카', '린젠']);
    expect(list.map((q) => q.speakerKind)).toEqual(['person', 'person', 'person']);
  });

  it('a given name mecab misreads before a family name the gazetteer knows (순다르 피차이)', async () => {
    const { list } = await quotesOf('순다르 피차이 구글 최고경영자(CEO)는 최근 인터뷰에서 "AI는 가장 중요한 기술"이라고 말했다.');
    expect(list[0]).toMatchObject({ speaker: '순다르 피차이', role: '구글 최고경영자(CEO)' });
  });
});

describe('name, organization, title', () => {
  it('정다은 민주당 대변인은 … then 정 대변인은', async () => {
    const { list } = await quotesOf(
      lines(
        '민주당 논평',
        `${HEAD}정다은 민주당 대변인은 국회 소통관 브리핑에서 "정부는 민생 대책을 서둘러야 한다"라고 말했다.`,
        '정 대변인은 "국민의 고통이 커지고 있다"라며 추경 편성을 요구했다.',
      ),
    );
    expect(list).toEqual([
      expect.objectContaining({ speaker: '정다은', role: '민주당 대변인', speakerKind: 'person' }),
      expect.objectContaining({ speaker: '정다은', via: 'short-name', mention: '정 대변인' }),
    ]);
  });

  it('a name mecab splits (한지수 → 한/MM 지수) before a party name it does not know', async () => {
    const { list } = await quotesOf(
      lines('논평', `${HEAD}한지수 국민의힘 수석대변인은 "정부는 대책을 서둘러야 한다"라고 말했다.`, '한 수석대변인은 "국민의 고통이 커지고 있다"라고 덧붙였다.'),
    );
    expect(list.map((q) => q.speaker)).toEqual(['한지수', '한지수']);
    expect(list[0]).toMatchObject({ role: '국민의힘 수석대변인' });
  });

  it('a name mecab reads as a verb (박하윤 → 박하/VA 윤/EC) before a ministry and title', async () => {
    const { list } = await quotesOf(lines('정책', `${HEAD}박하윤 산업통상자원부 장관은 "수출이 회복세로 돌아섰다"라고 말했다.`, '박 장관은 "하반기도 낙관한다"고 덧붙였다.'));
    expect(list.map((q) => q.speaker)).toEqual(['박하윤', '박하윤']);
  });

  it('organization, name, title order (국민의힘 김철수 수석대변인은)', async () => {
    const { list } = await quotesOf('국민의힘 김철수 수석대변인은 논평에서 "야당은 발목잡기를 멈춰야 한다"고 반박했다.');
    expect(list[0]).toMatchObject({ speaker: '김철수', role: '국민의힘 수석대변인', verb: '반박했다' });
  });
});

describe('Korean names mecab reads in other ways', () => {
  it('a two-syllable name and a name with a two-syllable family name before party and title', async () => {
    const { list } = await quotesOf(
      lines('논평', `${HEAD}김솔 민주당 대변인은 "정부는 대책을 서둘러야 한다"라고 말했다.`, '남궁하은 정의당 원내대표는 "국민이 힘들다"고 말했다.'),
    );
    expect(list.map((q) => q.speaker)).toEqual(['김솔', '남궁하은']);
    expect(list.map((q) => q.role)).toEqual(['민주당 대변인', '정의당 원내대표']);
  });

  it('organization words alone before a title name no one (서울대 의대 교수는, 한미약품 연구소 소장은)', async () => {
    const { list } = await quotesOf(lines('의료', `${HEAD}서울대 의대 교수는 “대책이 필요하다”고 말했다.`, '한미약품 연구소 소장은 “임상을 서두르겠다”고 말했다.'));
    expect(list.map((q) => q.speakerKind)).toEqual(['unnamed', 'unnamed']);
    expect(list.map((q) => q.speaker)).toEqual(['서울대 의대 교수', '한미약품 연구소 소장']);
  });
});

describe('a title with an English abbreviation', () => {
  it('최고기술책임자(CTO), later 박 CTO', async () => {
    const { list } = await quotesOf(
      lines('반도체 기술', `${HEAD}박준서 한빛반도체 최고기술책임자(CTO)는 “차세대 공정 개발을 마쳤다”라며 자신감을 드러냈다.`, '박 CTO는 “내년 양산에 들어간다”라고 말했다.'),
    );
    expect(list.map((q) => q.speaker)).toEqual(['박준서', '박준서']);
    expect(list[0]).toMatchObject({ role: '한빛반도체 최고기술책임자(CTO)', verb: '자신감을 드러냈다' });
    expect(list[1]).toMatchObject({ via: 'short-name', role: '한빛반도체 최고기술책임자(CTO)' });
  });
});

describe('indefinite unnamed sources', () => {
  it('한 상인은: 한 is the indefinite article, not a surname, and no earlier body speaks', async () => {
    const { list } = await quotesOf(
      lines('상권 침체', `${HEAD}한빛유통은 이날 매장 두 곳을 닫았다.`, '인근에서 식당을 운영하는 한 상인은 “손님이 절반으로 줄었다”라며 대책을 촉구했다.'),
    );
    expect(list[0]).toMatchObject({ speaker: '상인', speakerKind: 'unnamed', via: 'explicit' });
  });

  it('한 업계 관계자, 한 정부 고위 당국자, 익명을 요구한 한 관계자', async () => {
    const { list } = await quotesOf(
      lines(
        '규제 논란',
        `${HEAD}한 업계 관계자는 “규제가 너무 많다”고 말했다.`,
        '한 정부 고위 당국자는 “검토 중”이라고 밝혔다.',
        '익명을 요구한 한 관계자는 “결정된 것은 없다”고 말했다.',
      ),
    );
    expect(list.map((q) => q.speaker)).toEqual(['업계 관계자', '정부 고위 당국자', '관계자']);
    expect(list.every((q) => q.speakerKind === 'unnamed')).toBe(true);
  });

  it('what stands before 한 still describes the source (한빛반도체의 한 임원은)', async () => {
    const { list } = await quotesOf('한빛반도체의 한 임원은 “관세가 현실화되면 타격이 불가피하다”고 우려했다.');
    expect(list[0]).toMatchObject({ speaker: '한빛반도체의 임원', speakerKind: 'unnamed' });
  });

  it('but 한 before a title alone is the surname of a person named before (한덕수 … 한 총리는)', async () => {
    const { list } = await quotesOf(lines('국무회의', `${HEAD}한덕수 국무총리는 이날 국무회의를 주재했다.`, '한 총리는 “민생 안정에 총력을 기울이겠다”고 말했다.'));
    expect(list[0]).toMatchObject({ speaker: '한덕수', via: 'short-name' });
  });

  it('a lone syllable before 관계자 that names no one introduced is an unnamed source (시 관계자는)', async () => {
    const { list } = await quotesOf(lines('대책', `${HEAD}서울시는 대책을 발표했다.`, '시 관계자는 “다음 달부터 시행한다”고 말했다.'));
    expect(list[0]).toMatchObject({ speaker: '시 관계자', speakerKind: 'unnamed' });
  });
});

describe('broadcast transcripts', () => {
  const kbs = lines(
    '제주 관광객 급감',
    '[앵커]',
    '제주를 찾는 관광객이 크게 줄었습니다. 홍길동 기자가 보도합니다.',
    '[리포트]',
    '주말을 맞은 제주공항이 한산합니다.',
    '[녹취: 관광객]',
    '"비행기 값이 너무 올라서 고민을 많이 했어요."',
    '30년째 이곳에서 횟집을 운영하는 김정순 씨.',
    '"작년 이맘때의 절반도 안 돼요. 이렇게 어려운 건 처음이에요."',
    '[인터뷰: 홍길순 / 제주대 관광경영학과 교수]',
    '"단순히 들렀다 가는 관광으로는 한계가 있습니다."',
    '[현장음]',
    '"어서 오세요, 싸게 드릴게요."',
    '상인들의 한숨도 깊어지고 있습니다.',
    '"문을 닫아야 할지 고민입니다."',
    '제주에서 KBS 뉴스 홍길동입니다.',
  );

  it('a descriptor label names an unnamed speaker for the quote on the next line ([녹취: 관광객])', async () => {
    const { list } = await quotesOf(kbs);
    expect(list[0]).toMatchObject({ text: '비행기 값이 너무 올라서 고민을 많이 했어요.', speaker: '관광객', speakerKind: 'unnamed' });
  });

  it('an introducing line names the speaker of the bare quote line after it', async () => {
    const { list } = await quotesOf(kbs);
    expect(list[1]).toMatchObject({ speaker: '김정순', speakerKind: 'person', role: null });
  });

  it('name / role in a label ([인터뷰: 홍길순 / 제주대 관광경영학과 교수])', async () => {
    const { list } = await quotesOf(kbs);
    expect(list[2]).toMatchObject({ speaker: '홍길순', role: '제주대 관광경영학과 교수', speakerKind: 'person' });
  });

  it('[현장음] quotes have no speaker, and the reporter of the sign-off is never one', async () => {
    const { list } = await quotesOf(kbs);
    expect(list.map((q) => q.text)).toContain('어서 오세요, 싸게 드릴게요.');
    expect(list[3]).toMatchObject({ text: '어서 오세요, 싸게 드릴게요.', speaker: null });
    // after the reporter's narration, a quote standing alone continues no earlier speaker
    expect(list[4]).toMatchObject({ text: '문을 닫아야 할지 고민입니다.', speaker: null });
    expect(list.some((q) => q.speaker === '홍길동')).toBe(false);
  });

  it('KBS web style: [인터뷰] name/role : "…" on one line', async () => {
    const { list } = await quotesOf(
      lines('제목', '[리포트]', '주말을 맞은 제주공항이 한산합니다.', '[인터뷰] 홍길순/제주대 관광경영학과 교수 : "체류형 관광으로 바꿔야 합니다."', 'KBS 뉴스 홍길동입니다.'),
    );
    expect(list[0]).toMatchObject({ text: '체류형 관광으로 바꿔야 합니다.', speaker: '홍길순', role: '제주대 관광경영학과 교수' });
  });

  it('MBC style: ◀ 인터뷰 ▶ name/role, the quote on the next line', async () => {
    const { list } = await quotesOf(
      lines('제목', '◀ 리포트 ▶', '주말을 맞은 제주공항이 한산합니다.', '◀ 인터뷰 ▶ 홍길순/제주대 관광경영학과 교수', '"단순히 들렀다 가는 관광으로는 한계가 있습니다."', 'MBC뉴스 홍길동입니다.'),
    );
    expect(list[0]).toMatchObject({ speaker: '홍길순', role: '제주대 관광경영학과 교수' });
  });

  it('YTN style: [name / role : words] with or without quote marks', async () => {
    const { list } = await quotesOf(
      lines(
        '제목',
        '[기자]',
        '주말을 맞은 제주공항이 한산합니다.',
        '[홍길순 / 제주대 교수 : "관광 정책의 방향을 바꿔야 할 때입니다."]',
        '[박철민 / 제주도 관광정책과장 : 올해 안에 대책을 마련하겠습니다.]',
        'YTN 홍길동입니다.',
      ),
    );
    expect(list).toEqual([
      expect.objectContaining({ text: '관광 정책의 방향을 바꿔야 할 때입니다.', speaker: '홍길순', role: '제주대 교수' }),
      expect.objectContaining({ text: '올해 안에 대책을 마련하겠습니다.', speaker: '박철민', role: '제주도 관광정책과장' }),
    ]);
  });

  it('the anchor’s and reporter’s own words are no quotes and name no speaker', async () => {
    const { list } = await quotesOf(lines('제목', '[앵커]', '홍길동 기자가 보도합니다.', '[리포트]', '"물가가 너무 비싸요."', 'KBS 뉴스 홍길동입니다.'));
    expect(list).toHaveLength(1);
    expect(list[0]!.speaker).toBeNull();
  });
});

describe('organizations issuing statements', () => {
  it('the subject before the quote wins over a noun inside the reported clause after it', async () => {
    const { list } = await quotesOf(
      lines(
        '소상공인 반발',
        `${HEAD}한빛전자는 이날 신제품을 공개했다.`,
        '소상공인연합회는 이날 입장문을 내고 "소상공인의 생존이 걸린 문제"이라며 국회가 관련 예산을 조속히 처리해야 한다고 촉구했다.',
      ),
    );
    expect(list[0]).toMatchObject({ speaker: '소상공인연합회', speakerKind: 'organization', verb: '촉구했다' });
  });

  it('a body named with its short form in parentheses (전국민주노동조합총연맹(민주노총)은)', async () => {
    const { list } = await quotesOf('전국민주노동조합총연맹(민주노총)은 “총파업도 불사하겠다”고 경고했다.');
    expect(list[0]).toMatchObject({ speaker: '전국민주노동조합총연맹', speakerKind: 'organization' });
  });
});

describe('broken quote marks', () => {
  it('repairs a doubled straight opening mark inside a chain and warns', async () => {
    const text = '정다은 민주당 대변인은 "민생이 먼저"이라며 ""국민의힘은 민생을 외면한 채 정쟁에만 몰두하고 있다"고 비판했다.';
    const { list, doc } = await quotesOf(text);
    expect(list.map((q) => q.text)).toEqual(['민생이 먼저', '국민의힘은 민생을 외면한 채 정쟁에만 몰두하고 있다']);
    expect(list.map((q) => q.speaker)).toEqual(['정다은', '정다은']);
    expect(doc.warnings).toContain(`doubled opening quote mark at ${text.indexOf('""')}`);
  });
});

describe('headline quotes', () => {
  it('a name leading the title speaks its quotes, the later one too', async () => {
    const { list } = await quotesOf(
      lines('리밍 “관세 압박엔 끝까지 맞선다”…양국관계엔 “이사 갈 수 없는 이웃”', `${HEAD}리밍 중국 외교부장이 10일 기자회견을 열었다.`),
    );
    expect(list).toEqual([
      expect.objectContaining({ kind: 'headline', speaker: '리밍', speakerKind: 'person' }),
      expect.objectContaining({ kind: 'headline', speaker: '리밍' }),
    ]);
  });
});

describe('more reporting frames', () => {
  it('the speaker after the quote (“…”고 김민수 장관이 말했다)', async () => {
    const { list } = await quotesOf('“집값 안정이 최우선 과제”라고 김민수 국토교통부 장관이 말했다.');
    expect(list[0]).toMatchObject({ speaker: '김민수', role: '국토교통부 장관', verb: '말했다' });
  });

  it('a zero subject in the next sentence of the same paragraph (…고 했다. 이어 “…”고 강조했다.)', async () => {
    const { list } = await quotesOf('김민수 국토교통부 장관은 “집값 안정이 최우선”이라고 했다. 이어 “공급을 늘리겠다”고 강조했다.');
    expect(list.map((q) => q.speaker)).toEqual(['김민수', '김민수']);
    expect(list[1]).toMatchObject({ via: 'zero-subject', verb: '강조했다' });
  });

  it('a person’s side speaks for the person (이에 대해 김영희 의원 측은)', async () => {
    const { list } = await quotesOf('이에 대해 김영희 의원 측은 “법적 대응을 검토하겠다”고 반박했다.');
    expect(list[0]).toMatchObject({ speaker: '김영희', speakerKind: 'person', verb: '반박했다' });
  });

  it('a body’s side speaks for the body (한빛건설 측은)', async () => {
    const { list } = await quotesOf('이에 대해 한빛건설 측은 “사실과 다르다”고 반박했다.');
    expect(list[0]).toMatchObject({ speaker: '한빛건설', speakerKind: 'organization' });
  });

  it('a quote standing alone, its speaker named in the next paragraph (“…” ¶ … 김미숙 씨의 말이다.)', async () => {
    const { list } = await quotesOf(
      lines('물가 비상', `${HEAD}장바구니 물가가 치솟고 있다.`, '“배추 한 포기에 만 원이 넘어요. 장보기가 겁이 납니다.”', '서울 망원시장에서 만난 주부 김미숙 씨의 말이다.'),
    );
    expect(list[0]).toMatchObject({ speaker: '김미숙', role: '주부', speakerKind: 'person' });
  });

  it('a speaker before a colon (이준호 교수: “…”)', async () => {
    const { list } = await quotesOf(lines('대담', `${HEAD}전문가들은 금리 인하를 전망했다.`, '이준호 교수: “금리 인하는 시간 문제입니다.”'));
    expect(list[0]).toMatchObject({ speaker: '이준호', speakerKind: 'person' });
  });

  it('…라는 게 이 교수의 설명이다 resolves to the professor introduced, not to the entity read of his university', async () => {
    const { list } = await quotesOf(
      lines('전망', `${HEAD}이준호 한빛대 경제학과 교수는 금리 인하를 점쳤다.`, '“물가가 안정되면 금리를 내릴 수밖에 없다”라는 게 이 교수의 설명이다.'),
    );
    expect(list[0]).toMatchObject({ speaker: '이준호', role: '한빛대 경제학과 교수' });
  });

  it('a field in parentheses after a title (이준호 교수(경제학)는) and an age before 씨 (박영희(45) 씨는)', async () => {
    const { list } = await quotesOf(
      lines(
        '물가',
        `${HEAD}이준호 교수(경제학)는 “금리 인하는 시간 문제”라고 말했다.`,
        '서울 마포구에 사는 박영희(45) 씨는 “물가가 너무 올랐다”고 말했다.',
        '박 씨는 “장보기가 무섭다”고 덧붙였다.',
      ),
    );
    expect(list.map((q) => q.speaker)).toEqual(['이준호', '박영희', '박영희']);
    expect(list[1]).toMatchObject({ role: null, speakerKind: 'person' });
    expect(list[2]).toMatchObject({ via: 'short-name' });
  });
});

describe('English articles', () => {
  it('"…," said Maria Lopez, a spokeswoman for the ministry; a later "…," Lopez said', async () => {
    const { list } = await quotesOf(
      lines(
        'Ministry warns on prices',
        'The ministry issued a warning on Monday.',
        '"Prices will keep rising through the winter," said Maria Lopez, a spokeswoman for the ministry.',
        'Lopez added that the government would act.',
        '"We are ready," Lopez said.',
      ),
    );
    expect(list).toEqual([
      expect.objectContaining({ speaker: 'Maria Lopez', role: 'a spokeswoman for the ministry', verb: 'said' }),
      expect.objectContaining({ text: 'We are ready,', speaker: 'Maria Lopez', via: 'short-name' }),
    ]);
  });
});
