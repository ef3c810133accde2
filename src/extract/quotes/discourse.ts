/**
 * What the article has introduced so far, for resolving speakers: persons with their full names
 * and roles, groups (두 정상 → the two leaders named together), organizations (이 기구 → the body
 * introduced as a subject), unnamed sources (이 관계자 → 금융당국 관계자), documents and their
 * authors, and the current subject that a sentence without one continues.
 */
import type { SpeakerKind } from '../../types';
import { romanizeKoreanName } from '../../text/romanize';
import type { EntityIndex, EntityRef } from '../model';
import { BROADCAST, ORG_SUFFIXES, PLAIN_TITLES } from './lexicon';
import { isForeignNameShaped, isKoreanNameShaped, isTitleLike, knownPerson } from './words';

/** A resolved speaker. */
export interface SpeakerRef {
  name: string | null;
  nameEn: string | null;
  role: string | null;
  kind: SpeakerKind;
  ref: EntityRef | null;
  /** Whether 그/그녀 can refer to it (persons and unnamed people). */
  personLike: boolean;
  /** The title (장관, 관계자), for 김 장관 / 이 관계자. */
  title: string | null;
}

interface PersonRec {
  speaker: SpeakerRef;
  /** Offset of the first mention. */
  pos: number;
  /** Offset of the latest mention. */
  last: number;
  /** A one-word East Asian name (김도현, 리밍): a surname + title (김 장관, 리 부장) refers to it. */
  eastAsian: boolean;
  lastWord: string;
  firstWord: string;
}

/** What the members of a group are: places (미국과 한국, 영국의 …), persons, or anything else. */
export type MemberKind = 'place' | 'person' | 'other';

interface Group {
  speaker: SpeakerRef;
  /** Members counted, or -1 for an open list (…, 영국 국가 사이버 보안센터 등). */
  count: number;
  members: MemberKind;
  pos: number;
}

interface DocumentRec {
  head: string;
  speaker: SpeakerRef;
  author: SpeakerRef | null;
  pos: number;
}

/** The article's speakers so far. */
export class Discourse {
  private readonly persons: PersonRec[] = [];
  private readonly groups: Group[] = [];
  private readonly orgs: Array<{ speaker: SpeakerRef; pos: number }> = [];
  private readonly unnamed: Array<{ speaker: SpeakerRef; pos: number }> = [];
  private readonly documents: DocumentRec[] = [];
  private current: SpeakerRef | null = null;
  /**
   * The reporter's narration has gone on since the topic was set (broadcast): a quote standing
   * alone no longer continues it.
   */
  staleTopic = false;

  /** The subject the next sentence without one continues. */
  get topic(): SpeakerRef | null {
    return this.current;
  }

  set topic(s: SpeakerRef | null) {
    this.current = s;
    this.staleTopic = false;
  }

  /** The person or unnamed person spoken of last (그는). */
  lastPerson: SpeakerRef | null = null;
  /** The last quote's speaker. */
  lastSpeaker: SpeakerRef | null = null;

  private readonly reporters: ReadonlySet<string>;

  /** `reporters`: the names of the article's reporters (byline, sign-off), who are nobody's default voice. */
  constructor(
    readonly entities: EntityIndex,
    reporters: readonly string[] = [],
  ) {
    this.reporters = new Set(reporters);
  }

  /** Whether the speaker is one of the article's reporters, or named with a reporter's title (홍길동 기자). */
  isReporter(s: SpeakerRef): boolean {
    if (s.name && this.reporters.has(s.name)) return true;
    const title = s.title ?? '';
    return BROADCAST.reporterTitles.has(title) || (s.kind === 'person' && !!s.role && BROADCAST.reporterTitles.has(s.role.split(' ').pop() ?? ''));
  }

  /** A person named in full (or as first written), registered once; later mentions update nothing but recency. */
  person(name: string, role: string | null, title: string | null, pos: number, ref: EntityRef | null = null): SpeakerRef {
    const found = this.persons.find((p) => p.speaker.name === name);
    if (found) {
      found.last = Math.max(found.last, pos);
      // the same mention read again with more of its role (위원 → 위원 겸 외교부장)
      if (role && (!found.speaker.role || (found.pos === pos && role.length > found.speaker.role.length && role.startsWith(found.speaker.role)))) {
        found.speaker.role = role;
      }
      if (!found.speaker.title && title) found.speaker.title = title;
      return found.speaker;
    }
    const candidate = ref && ref.kind === 'person' ? this.entities.persons[ref.index] : undefined;
    // the entities component's reading counts only when it names the same person
    const entity = candidate && (candidate.name === name || fullerName(candidate.name, name) || name.split(' ').includes(candidate.name)) ? candidate : undefined;
    const speaker: SpeakerRef = {
      name: entity && entity.name.length > name.length ? entity.name : name,
      nameEn: entity?.nameEn ?? englishName(name),
      role: role ?? (entity?.role && !PLAIN_TITLES.has(entity.role) ? entity.role : null),
      kind: 'person',
      ref: entity ? ref : null,
      personLike: true,
      title,
    };
    const words = name.split(' ');
    this.persons.push({
      speaker,
      pos,
      last: pos,
      eastAsian: isKoreanNameShaped(name) || isForeignNameShaped(name),
      lastWord: words[words.length - 1] ?? name,
      firstWord: words.length > 1 ? (words[0] ?? name) : '',
    });
    return speaker;
  }

  /** The person introduced before `before` whose full name is `name`, or whose last name it is. */
  findPerson(name: string, before: number): { speaker: SpeakerRef; short: boolean } | null {
    let best: PersonRec | null = null;
    let short = false;
    for (const p of this.persons) {
      if (p.pos > before) continue;
      if (p.speaker.name === name) return { speaker: this.touch(p, before), short: false };
      if (p.pos === before) continue;
      const familyName = p.lastWord === name || (p.firstWord === name && name.length >= 2);
      if (!p.eastAsian && familyName && p.speaker.name !== name && (!best || p.last > best.last)) {
        best = p;
        short = true;
      }
    }
    return best ? { speaker: this.touch(best, before), short } : null;
  }

  /** The person a surname + title refers to (김 후보자 → 김도현): same title preferred (or required), then the latest. */
  findBySurname(surname: string, title: string | null, before: number, sameTitleOnly = false): SpeakerRef | null {
    let best: PersonRec | null = null;
    let bestScore = -1;
    for (const p of this.persons) {
      if (p.pos >= before || !p.eastAsian || !(p.speaker.name ?? '').startsWith(surname)) continue;
      if (sameTitleOnly && !(title && sameTitle(p.speaker, title))) continue;
      const score = (title && sameTitle(p.speaker, title) ? 2 : 0) * 1e9 + p.last;
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best ? this.touch(best, before) : null;
  }

  /**
   * The person a family name + title refers to (마크롱 대통령 → 에마뉘엘 마크롱, not 브리지트 마크롱 여사;
   * 기시다 총리 → 기시다 후미오, the family name first as Japanese and Chinese names are written).
   */
  findByLastName(last: string, title: string | null, before: number): SpeakerRef | null {
    let best: PersonRec | null = null;
    let bestScore = -1;
    for (const p of this.persons) {
      if (p.pos >= before || p.speaker.name === last) continue;
      if (p.lastWord !== last && !(last.length >= 2 && p.firstWord === last && !p.eastAsian)) continue;
      const score = (title && sameTitle(p.speaker, title) ? 2 : 0) * 1e9 + p.last;
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best ? this.touch(best, before) : null;
  }

  /** The person with this role as written (독일 총리 → 올라프 숄츠), the latest. */
  findByRole(role: string, before: number): SpeakerRef | null {
    let best: PersonRec | null = null;
    for (const p of this.persons) {
      if (p.pos >= before || p.speaker.role !== role) continue;
      if (!best || p.last > best.last) best = p;
    }
    return best ? best.speaker : null;
  }

  /** The latest person or unnamed person with this title (이 장관 → …, 이 관계자 → 금융당국 관계자). */
  findByTitle(title: string, before: number): SpeakerRef | null {
    let best: { speaker: SpeakerRef; pos: number } | null = null;
    for (const p of this.persons) if (p.pos < before && sameTitle(p.speaker, title) && (!best || p.last > best.pos)) best = { speaker: p.speaker, pos: p.last };
    for (const u of this.unnamed) if (u.pos < before && sameTitle(u.speaker, title) && (!best || u.pos > best.pos)) best = u;
    return best ? best.speaker : null;
  }

  /** A group named together (에마뉘엘 마크롱 … 대통령과 올라프 숄츠 … 총리). */
  group(speaker: SpeakerRef, count: number, members: MemberKind, pos: number): void {
    const found = this.groups.find((g) => g.speaker.name === speaker.name);
    if (found) found.pos = Math.max(found.pos, pos);
    else this.groups.push({ speaker, count, members, pos });
  }

  /**
   * The group a descriptor refers to: the latest with `count` members of the kind the descriptor
   * names (3국 → three places, 두 정상 → two persons), relaxing the kind, then the count.
   */
  findGroup(count: number | null, members: MemberKind | null, before: number): SpeakerRef | null {
    const pick = (ok: (g: Group) => boolean): Group | null => {
      let best: Group | null = null;
      for (const g of this.groups) if (g.pos < before && ok(g) && (!best || g.pos > best.pos)) best = g;
      return best;
    };
    const found =
      pick((g) => (count === null || g.count === count) && (members === null || g.members === members)) ??
      pick((g) => count === null || g.count === count) ??
      pick((g) => g.count !== -1);
    return found ? found.speaker : null;
  }

  /** An organization introduced as a subject or named with a descriptor. */
  org(speaker: SpeakerRef, pos: number): SpeakerRef {
    return remember(this.orgs, speaker, pos);
  }

  /** The latest organization before `before`. */
  lastOrg(before: number): SpeakerRef | null {
    let best: { speaker: SpeakerRef; pos: number } | null = null;
    for (const o of this.orgs) if (o.pos < before && (!best || o.pos > best.pos)) best = o;
    return best ? best.speaker : null;
  }

  /**
   * The body a bare noun refers to (통신은 → 조선중앙통신, 협회 측은 → 대한의사협회): the latest one
   * mentioned before `before` whose name ends with the noun, else, for a news noun (`media`: 신문,
   * 방송), the latest news organization; null when none was named.
   */
  bodyNamed(noun: string, media: boolean, before: number): SpeakerRef | null {
    const ends = (name: string | null): boolean => !!name && name !== noun && name.endsWith(noun);
    const orgs = this.entities.organizations;
    const pick = (candidates: readonly number[], local: boolean): { speaker: SpeakerRef; pos: number } | null => {
      let best: { speaker: SpeakerRef; pos: number } | null = null;
      for (const index of candidates) {
        const pos = lastMentionBefore(orgs[index]!.mentions, before);
        if (pos >= 0 && (!best || pos > best.pos)) best = { speaker: orgRef(orgs[index]!, index), pos };
      }
      if (local) for (const o of this.orgs) if (o.pos < before && ends(o.speaker.name) && (!best || o.pos > best.pos)) best = o;
      return best;
    };
    let named = this.bodies.get(noun);
    if (!named) {
      named = [];
      for (let i = 0; i < orgs.length; i++) if (ends(orgs[i]!.name) || orgs[i]!.aliases.some(ends)) named.push(i);
      this.bodies.set(noun, named);
    }
    const found = pick(named, true);
    if (found || !media) return found?.speaker ?? null;
    this.mediaOrgs ??= orgs.flatMap((o, i) => (o.type === 'media' ? [i] : []));
    return pick(this.mediaOrgs, false)?.speaker ?? null;
  }

  /** The organizations whose name ends with a body noun, by noun; the news organizations. */
  private readonly bodies = new Map<string, number[]>();
  private mediaOrgs: number[] | null = null;

  /** An unnamed source (금융당국 관계자). */
  unnamedSource(speaker: SpeakerRef, pos: number): SpeakerRef {
    return remember(this.unnamed, speaker, pos);
  }

  /** A document with its author when the article says who issued it. */
  document(head: string, speaker: SpeakerRef, author: SpeakerRef | null, pos: number): void {
    const found = this.documents.find((d) => d.head === head);
    if (found) {
      if (author && !found.author) found.author = author;
      return;
    }
    this.documents.push({ head, speaker, author, pos });
  }

  /** The document (and its author) a head noun names. */
  findDocument(head: string): { speaker: SpeakerRef; author: SpeakerRef | null } | null {
    for (let k = this.documents.length - 1; k >= 0; k--) {
      const d = this.documents[k]!;
      if (d.head === head || head.endsWith(d.head) || d.head.endsWith(head)) return d;
    }
    return null;
  }

  private touch(p: PersonRec, pos: number): SpeakerRef {
    p.last = Math.max(p.last, pos);
    return p.speaker;
  }
}

/** Start of the last of `mentions` (in document order) that ends by `before`, or -1. */
function lastMentionBefore(mentions: ReadonlyArray<{ start: number; end: number }>, before: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= before) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? mentions[lo - 1]!.start : -1;
}

function orgRef(o: EntityIndex['organizations'][number], index: number): SpeakerRef {
  return { name: o.name, nameEn: o.nameEn, role: null, kind: 'organization', ref: { kind: 'org', index }, personLike: false, title: null };
}

/** Add a speaker to a list of mentions by name, or move the one of that name to `pos`; returns the one kept. */
function remember(list: Array<{ speaker: SpeakerRef; pos: number }>, speaker: SpeakerRef, pos: number): SpeakerRef {
  const found = list.find((x) => x.speaker.name === speaker.name);
  if (found) {
    found.pos = pos;
    return found.speaker;
  }
  list.push({ speaker, pos });
  return speaker;
}

function sameTitle(s: SpeakerRef, title: string): boolean {
  if (s.title === title) return true;
  const role = s.role ?? '';
  return role === title || role.endsWith(` ${title}`) || role.endsWith(title);
}

/**
 * Whether `fuller` is `name` with more of the person's name (스미스 → 존 스미스), not with a role
 * or a body (이솔 → 이솔 민주당 대변인 is no name).
 */
export function fullerName(fuller: string, name: string): boolean {
  if (fuller.length <= name.length) return false;
  const words = fuller.split(' ');
  return words.length <= 3 && words.includes(name) && words.every((w) => w === name || (!isTitleLike(w) && !ORG_SUFFIXES.test(w)));
}

/** The English name of a person named in Korean: the gazetteer's, else the romanization of a Korean name. */
export function englishName(name: string): string | null {
  const known = knownPerson(name);
  if (known) return known.en;
  if (isKoreanNameShaped(name) && name.length >= 3 && !name.includes(' ')) return romanizeKoreanName(name);
  return null;
}
