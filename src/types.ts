/**
 * The output contract of `analyze()` (see SCHEMA.md). Field names and meanings are binding:
 * fields may be added, none removed or renamed.
 *
 * Every span's `start`/`end` are UTF-16 indices into the caller's original input (end exclusive),
 * and `input.slice(start, end) === text` always holds.
 */

/** A piece of the input: `input.slice(start, end) === text`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type Language = 'ko' | 'en' | 'und';
export type TokenizerName = 'mecab' | 'mecab-ya' | 'embedded' | 'none';
export type BackendOption = 'auto' | 'mecab' | 'mecab-ya' | 'embedded';

/** A name with its canonical English form (`null` rather than a guess). */
export interface Name {
  name: string;
  nameEn: string | null;
}

export interface Byline extends Span {
  publisher: Name | null;
  reporter: Name | null;
}

export interface Structure {
  /** Headline, where the input has one. */
  title: Span | null;
  /** Subtitle lines above the byline / lead. */
  deck: Span[];
  /** `[한국경제 김철수 기자]`, `(서울=연합뉴스) 홍길동 기자 =`, `By Jane Doe`. */
  byline: Byline | null;
  /** `5일(현지시각)`, `SEOUL, Dec. 5 (Yonhap) —`. */
  dateline: Span | null;
  /** In-body subheadings. */
  headings: Span[];
  /** Every non-empty line, trimmed. */
  paragraphs: Span[];
  /** Quote-aware sentences: a quote never splits a sentence wrongly. */
  sentences: Span[];
}

export type QuoteKind = 'direct' | 'partial' | 'headline';
export type SpeakerKind = 'person' | 'organization' | 'unnamed';
export type SpeakerVia = 'explicit' | 'pronoun' | 'short-name' | 'zero-subject' | 'context';

export interface Speaker {
  /** Full name as introduced, the descriptor of an unnamed source, or an organization's name. */
  name: string | null;
  nameEn: string | null;
  /** Title / affiliation as written. */
  role: string | null;
  kind: SpeakerKind;
  /** Where the speaker is named for this quote (a pronoun too). */
  mention: Span | null;
  via: SpeakerVia;
}

/** A quote: the words inside the marks, marks excluded. */
export interface Quote extends Span {
  kind: QuoteKind;
  speaker: Speaker | null;
  /** 말했다, 강조했다, 밝혔다, said, told ... */
  verb: string | null;
  /** Index into `structure.sentences`. */
  sentence: number;
  /** Which rules fired. */
  evidence: string[];
}

export type OrganizationType =
  | 'company'
  | 'university'
  | 'government'
  | 'international'
  | 'media'
  | 'foundation'
  | 'consortium'
  | 'research'
  | 'party'
  | 'ngo'
  | 'other';

export interface Organization {
  /** As written, particles stripped (메타를 → 메타). */
  name: string;
  /** Canonical English name; `null` rather than a guess. */
  nameEn: string | null;
  type: OrganizationType;
  /** Other names for it in the article. */
  aliases: string[];
  /** Every mention, aliases and descriptors included. */
  mentions: Span[];
  /** gazetteer, suffix rule, apposition, enumeration ... */
  evidence: string[];
}

export interface Person {
  /** Full name as introduced. */
  name: string;
  /** Nick Clegg; Revised Romanization for Korean names; `null` rather than an invented spelling. */
  nameEn: string | null;
  role: string | null;
  /** The organization's name, when the role gives one. */
  organization: string | null;
  mentions: Span[];
  /** Which rules found the person (an addition to SCHEMA.md): name class, title, apposition, byline ... */
  evidence: string[];
}

export type GoalModality = 'aim' | 'plan' | 'commitment' | 'reported';

/** The clause or sentence that states a goal. */
export interface Goal extends Span {
  actor: Name | null;
  /** An English label: 'open models', 'education' ... */
  category: string | null;
  /** 목표다, 하기로 했다, 할 것, 계획, aims to, will ... */
  cue: string;
  modality: GoalModality;
  /** Which rules fired (an addition to SCHEMA.md). */
  evidence: string[];
}

export interface CritiqueSentence extends Span {
  cues: string[];
}

export interface Critique {
  sentences: CritiqueSentence[];
  section: (Span & { heading: Span | null }) | null;
}

/** The result of `analyze()`. */
export interface Analysis {
  language: Language;
  tokenizer: TokenizerName;
  structure: Structure;
  quotes: Quote[];
  organizations: Organization[];
  persons: Person[];
  goals: Goal[];
  critique: Critique;
  /** e.g. `unbalanced quote mark at 1234`; `not Korean or English`. */
  warnings: string[];
}

// ---- morphology -------------------------------------------------------------------------------

/** One part of a compound or inflected analysis (the 8th mecab-ko-dic field: `이/VCP/*+ᆫ/ETM/*`). */
export interface ExpressionPart {
  morpheme: string;
  pos: string;
  semanticClass: string | null;
}

/**
 * A morpheme with offsets into the text the tokenizer was given. All eight mecab-ko-dic feature
 * fields are parsed: POS, semantic class, final consonant, reading, type, first POS, last POS,
 * expression.
 */
export interface Morpheme {
  surface: string;
  start: number;
  end: number;
  /** The POS field as written, e.g. `NNG` or `VCP+ETM`. */
  pos: string;
  /** `pos` split on `+`: `['VCP', 'ETM']`. */
  tags: string[];
  /** 인명, 지명, 행위 ... or `null`. */
  semanticClass: string | null;
  /** Whether the last syllable has a final consonant (받침); `null` when unknown. */
  hasFinalConsonant: boolean | null;
  reading: string | null;
  type: 'Inflect' | 'Compound' | 'Preanalysis' | null;
  firstPos: string | null;
  lastPos: string | null;
  expression: ExpressionPart[] | null;
}

/** A morphology backend. `tokenize` returns morphemes with offsets into the text it was given. */
export interface Tokenizer {
  readonly name: Exclude<TokenizerName, 'none'>;
  tokenize(text: string): Promise<Morpheme[]>;
  close(): Promise<void>;
}
