/**
 * Resolving a speaker phrase to someone the article introduced: full names, surnames and last
 * names with titles, pronouns, group descriptors, organization anaphors (이 기구), unnamed sources,
 * documents and their authors. What the entities component knows (`refAt`) adds English names and
 * references; the name stays the one the article introduced.
 */
import type { SpeakerVia } from '../../types';
import { englishName, fullerName, type Discourse, type MemberKind, type SpeakerRef } from './discourse';
import { ANONYMOUS_TITLES, MEDIA_NOUNS, UNNAMED_SOURCES } from './lexicon';
import { documentHead, type Phrase } from './phrase';
import { isChineseSurname, knownPerson } from './words';

/** A speaker phrase resolved: who, how (`via`), where named, and the rules that fired. */
export interface Resolved {
  speaker: SpeakerRef;
  via: SpeakerVia;
  mention: { start: number; end: number } | null;
  evidence: string[];
}

/** Resolve a phrase to a speaker, or null when it names no one who can speak. */
export function resolvePhrase(d: Discourse, ph: Phrase): Resolved | null {
  const mention = { start: ph.start, end: ph.end };
  const entity = d.entities.refAt(ph.start, ph.end);
  const ev = ph.evidence;
  // 전 대변인, 이 대변인, 반 전 총장: the person of that surname introduced with the title (전하늘
  // 국방부 대변인), before any other reading of the word (former, this); with no such person the
  // phrase reads as it would otherwise (a former spokesperson)
  if (ph.surname && ph.kind !== 'person') {
    const s = d.findBySurname(ph.surname, ph.head, ph.start, true);
    if (s) return { speaker: s, via: 'short-name', mention, evidence: ['speaker:short-name', 'speaker:surname-title'] };
  }
  // 통신은, 이 신문은, 협회 측은: the body named before whose name ends so (조선중앙통신, 대한의사협회)
  if (ph.bodyNoun && ph.kind !== 'person') {
    const s = d.bodyNamed(ph.bodyNoun, MEDIA_NOUNS.has(ph.bodyNoun), ph.start);
    if (s) return { speaker: d.org(s, ph.start), via: 'context', mention, evidence: ['speaker:org-descriptor', 'speaker:org-antecedent'] };
    // none named before: the body as the article calls it, never another one (협회 측은 is no ministry)
    if ((ph.kind === 'org-anaphor' || ph.kind === 'other') && !(entity?.kind === 'org')) {
      return { speaker: plain(ph.bodyNoun, 'organization', null), via: 'explicit', mention, evidence: ['speaker:org-descriptor'] };
    }
  }
  switch (ph.kind) {
    case 'pronoun': {
      const s = d.lastPerson ?? d.topic;
      return s ? { speaker: s, via: 'pronoun', mention, evidence: ev } : null;
    }
    case 'plural': {
      const g = d.findGroup(ph.count, descriptorMembers(ph.head), ph.start);
      if (g) return { speaker: g, via: 'context', mention, evidence: [...ev, 'speaker:group-antecedent'] };
      return { speaker: plain(ph.text, 'unnamed', null), via: 'explicit', mention, evidence: ev };
    }
    case 'group': {
      const s = plain(ph.text, groupKind(ph), null);
      return { speaker: { ...s, personLike: s.kind === 'person' }, via: 'explicit', mention, evidence: ev };
    }
    case 'org-anaphor': {
      const fromEntity = entity?.kind === 'org' ? orgSpeaker(d, entity.index) : null;
      const s = fromEntity ?? d.lastOrg(ph.start) ?? (d.topic?.kind === 'organization' ? d.topic : null);
      return s ? { speaker: s, via: 'context', mention, evidence: [...ev, fromEntity ? 'speaker:entity-ref' : 'speaker:org-antecedent'] } : null;
    }
    case 'person-anaphor': {
      const s = d.findByTitle(ph.title ?? ph.head, ph.start);
      return s ? { speaker: s, via: 'context', mention, evidence: ev } : null;
    }
    case 'person': {
      const r = resolvePerson(d, ph);
      if (!r) {
        // 시 관계자: a lone syllable that could be a family name, with no one of that name before
        if (ph.nameForm === 'short' && ph.name && ph.title && (isChineseSurname(ph.name) || ANONYMOUS_TITLES.has(ph.title))) {
          const s = d.unnamedSource({ ...plain(ph.text, 'unnamed', ph.role), personLike: true, title: ph.title }, ph.start);
          return { speaker: s, via: 'explicit', mention, evidence: [...ev, 'speaker:unnamed-source'] };
        }
        return null;
      }
      const speaker = entity?.kind === 'person' ? withEntity(d, r.speaker, entity.index) : r.speaker;
      return { speaker, via: r.via, mention, evidence: entity?.kind === 'person' ? [...ev, 'speaker:entity-ref'] : ev };
    }
    case 'unnamed': {
      if (ph.generic) {
        // the entities component may know it as a body after all (한빛전자, 국립과학재단)
        const org = entity?.kind === 'org' ? orgSpeaker(d, entity.index) : null;
        if (org) return { speaker: d.org(org, ph.start), via: 'explicit', mention, evidence: [...ev, 'speaker:entity-ref'] };
        return { speaker: plain(ph.text, 'unnamed', null), via: 'explicit', mention, evidence: ev };
      }
      // 한 상인은: an indefinite source is someone new, and 한 no surname — unless a 한 of that title was named (한 총리는)
      if (ph.indefinite) {
        const surnamed = ph.determiner && ph.title && ph.first + 1 === ph.last ? d.findBySurname(ph.determiner, ph.title, ph.start, true) : null;
        if (surnamed) return { speaker: surnamed, via: 'short-name', mention, evidence: [...ev, 'speaker:short-name'] };
        const s = d.unnamedSource({ ...plain(ph.text, 'unnamed', ph.role), personLike: true, title: ph.title }, ph.start);
        return { speaker: s, via: 'explicit', mention, evidence: ev };
      }
      const byRole = d.findByRole(ph.text, ph.start) ?? (ph.first === ph.last && !UNNAMED_SOURCES.has(ph.head) ? d.findByTitle(ph.head, ph.start) : null);
      if (byRole) return { speaker: byRole, via: 'context', mention, evidence: [...ev, 'speaker:role-antecedent'] };
      const s = d.unnamedSource({ ...plain(ph.text, 'unnamed', ph.role), personLike: true, title: ph.title }, ph.start);
      return { speaker: s, via: 'explicit', mention, evidence: ev };
    }
    case 'organization': {
      const fromEntity = entity?.kind === 'org' ? orgSpeaker(d, entity.index) : null;
      const s = d.org(fromEntity ?? { ...plain(ph.quotedName ?? ph.text, 'organization', null), nameEn: ph.enAlias }, ph.start);
      return { speaker: s, via: 'explicit', mention, evidence: fromEntity ? [...ev, 'speaker:entity-ref'] : ev };
    }
    case 'document': {
      const doc = d.findDocument(ph.head);
      if (doc?.author) return { speaker: doc.author, via: 'context', mention, evidence: [...ev, 'speaker:document-author'] };
      return { speaker: doc?.speaker ?? plain(documentHead(ph.head) ?? ph.text, 'unnamed', null), via: 'explicit', mention, evidence: ev };
    }
    default: {
      if (entity?.kind === 'person') {
        const p = d.entities.persons[entity.index];
        if (p) {
          const known = d.findPerson(p.name, ph.start);
          const s = known ? known.speaker : d.person(p.name, p.role, null, ph.start, entity);
          return { speaker: withEntity(d, s, entity.index), via: known?.short ? 'short-name' : 'explicit', mention, evidence: [...ev, 'speaker:entity-ref'] };
        }
      }
      if (entity?.kind === 'org') {
        const s = orgSpeaker(d, entity.index);
        if (s) return { speaker: d.org(s, ph.start), via: 'explicit', mention, evidence: [...ev, 'speaker:entity-ref'] };
      }
      return null;
    }
  }
}

/** A person phrase resolved against the persons introduced so far; a new full name is registered. */
function resolvePerson(d: Discourse, ph: Phrase): { speaker: SpeakerRef; via: SpeakerVia } | null {
  const name = ph.name!;
  if (ph.nameForm === 'short') {
    const lone = name.length <= 2 && !name.includes(' ') && isSurnameOnly(name);
    const s = (lone ? d.findBySurname(name, ph.title, ph.start) : d.findByLastName(name, ph.title, ph.start)) ?? d.findPerson(name, ph.start)?.speaker;
    if (s) return { speaker: { ...s, role: roleAsWritten(ph, s) }, via: 'short-name' };
    // an unresolved short name stands as written only with a title (김 장관) or when the gazetteer knows it
    if (!ph.title && !knownPerson(name)) return null;
    if (lone && ph.title && ANONYMOUS_TITLES.has(ph.title)) return null; // 시 관계자: see resolvePhrase
    if (lone) return { speaker: plain(ph.text, 'person', ph.role), via: 'explicit' };
  }
  const found = d.findPerson(name, ph.start);
  if (found) return { speaker: { ...found.speaker, role: roleAsWritten(ph, found.speaker) }, via: found.short ? 'short-name' : 'explicit' };
  // a bare one-word name (no title, no apposition) speaks only when the article or the gazetteer knows it
  if (!ph.role && !ph.title && !name.includes(' ') && !knownPerson(name)) return null;
  const s = d.person(name, ph.role, ph.title, ph.start, null);
  if (!s.nameEn && ph.nameAlias) s.nameEn = ph.nameAlias; // as the article spells it: 존 스미스(John Smith)
  return { speaker: s, via: 'explicit' };
}

/**
 * Add what the entities component knows of the person: its English name (when the gazetteer
 * backs it or the names agree) and the reference. The name stays the one the article introduced.
 */
function withEntity(d: Discourse, s: SpeakerRef, index: number): SpeakerRef {
  const p = d.entities.persons[index];
  if (!p) return s;
  const ref = { kind: 'person' as const, index };
  if (!s.name || p.name === s.name) return { ...s, nameEn: p.nameEn ?? s.nameEn, ref };
  const words = s.name.split(' ');
  // the entities component's longer name (스미스 → 존 스미스), when what it adds reads as a name, not a role
  const longer = fullerName(p.name, s.name);
  if (longer) return { ...s, name: p.name, nameEn: p.nameEn ?? s.nameEn, ref };
  const backed = p.nameEn !== null && knownPerson(p.name)?.en === p.nameEn;
  if (words.includes(p.name) && backed && !s.nameEn) return { ...s, nameEn: p.nameEn, ref };
  return { ...s, ref };
}

/** The role written with this mention, or the introduced one when the mention gives a bare title (정민호 박사). */
function roleAsWritten(ph: Phrase, known: SpeakerRef): string | null {
  if (!ph.role) return known.role;
  if (known.role && ph.role === ph.title && known.role.includes(ph.role)) return known.role;
  return ph.role;
}

/** What a group speaks as: persons when a member is a person, else an organization unless all are unnamed. */
export function groupKind(ph: Phrase): SpeakerRef['kind'] {
  if (ph.members.some((m) => m.kind === 'person')) return 'person';
  return ph.members.every((m) => m.kind === 'unnamed') ? 'unnamed' : 'organization';
}

/** What a group descriptor's head says its members are: 3국, 양국 → places; 두 정상, 두 사람 → persons. */
function descriptorMembers(head: string): MemberKind | null {
  if (/(?:국|나라|국가)$/u.test(head)) return 'place';
  if (/(?:정상|사람|장관|후보|대통령|총리|의원|지도자)(?:들)?$/u.test(head)) return 'person';
  return null;
}

function isSurnameOnly(name: string): boolean {
  return name.length <= 2 && !name.includes(' ') && englishName(name) === null;
}

export function orgSpeaker(d: Discourse, index: number): SpeakerRef | null {
  const o = d.entities.organizations[index];
  if (!o) return null;
  return { name: o.name, nameEn: o.nameEn, role: null, kind: 'organization', ref: { kind: 'org', index }, personLike: false, title: null };
}

export function plain(name: string, kind: SpeakerRef['kind'], role: string | null): SpeakerRef {
  return { name, nameEn: null, role, kind, ref: null, personLike: kind !== 'organization', title: null };
}
