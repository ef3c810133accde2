/**
 * What the extractors hand each other. All offsets are normalized-text offsets (the Doc's `text`);
 * the pipeline turns them into original-text spans at the end.
 *
 * Order: entities → quotes → goals → critique. A later component may read an earlier one's
 * results, never its internals.
 */
import type { Range } from '../text/sentences';
import type { GoalModality, OrganizationType, QuoteKind, SpeakerKind, SpeakerVia } from '../types';

/** One organization with every mention. */
export interface OrgEntity {
  /** As written at its first full mention, particles stripped. */
  name: string;
  nameEn: string | null;
  type: OrganizationType;
  /** Other names used for it in this article (abbreviations, the English name in parentheses). */
  aliases: string[];
  /** Every mention, aliases and descriptors (이 기구, 동사) included, in document order. */
  mentions: Range[];
  /** gazetteer, suffix, latin, apposition, enumeration, parenthesis-en, descriptor ... */
  evidence: string[];
}

/** One person with every mention. */
export interface PersonEntity {
  /** Full name as introduced. */
  name: string;
  nameEn: string | null;
  /** Title / affiliation as written in the introducing apposition. */
  role: string | null;
  /** The organization's name when the role gives one. */
  organization: string | null;
  /** Every mention (full name, surname + title, last name), in document order. */
  mentions: Range[];
  evidence: string[];
}

/** What an entity mention refers to. */
export type EntityRef = { kind: 'org'; index: number } | { kind: 'person'; index: number };

/** The entities component's result. */
export interface EntityIndex {
  organizations: OrgEntity[];
  persons: PersonEntity[];
  /**
   * The entity mentioned by the text at `[start, end)`: a mention that lies within the range and
   * ends at or near its end (the head of a noun phrase), else null. Used to resolve speakers
   * (`이 기구는`, `김 장관은`) and goal actors.
   */
  refAt(start: number, end: number): EntityRef | null;
}

/** A quote with its speaker, in normalized offsets. */
export interface QuoteAnnotation extends Range {
  kind: QuoteKind;
  speaker: {
    name: string | null;
    nameEn: string | null;
    role: string | null;
    kind: SpeakerKind;
    mention: Range | null;
    via: SpeakerVia;
    /** The entity the speaker is, when known. */
    ref: EntityRef | null;
  } | null;
  verb: string | null;
  /** The verb phrase's range (말했다, 의미를 부여했다). */
  verbRange: Range | null;
  sentence: number;
  evidence: string[];
}

export interface GoalAnnotation extends Range {
  actor: { name: string; nameEn: string | null; ref: EntityRef | null } | null;
  category: string | null;
  cue: string;
  modality: GoalModality;
  evidence: string[];
}

export interface CritiqueAnnotation {
  sentences: Array<Range & { cues: string[]; score: number }>;
  section: (Range & { heading: Range | null }) | null;
}

/** An EntityIndex with nothing in it. */
export function emptyEntityIndex(): EntityIndex {
  return { organizations: [], persons: [], refAt: () => null };
}
