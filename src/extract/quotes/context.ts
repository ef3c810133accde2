/**
 * What a sentence tells about the article's people, for the sentences after it: persons named
 * with a title, groups named together, documents and who issued them, and the sentence's subject,
 * which the next sentence without one continues.
 */
import { type Discourse, type MemberKind, type SpeakerRef } from './discourse';
import { DOCUMENT_CONTENT_VERBS, PUBLISH_VERBS } from './lexicon';
import { analyzePhrase, documentHead, phraseStart, type Item, type Phrase } from './phrase';
import { groupKind, plain, resolvePhrase } from './resolve';
import { canSpeak, embeddedNominative } from './subject';
import { isPlaceToken } from './words';

/** Register every person named with a title in the sentence (브리지트 마크롱 여사가, 이준한 인천대 … 교수입니다). */
export function registerMentions(d: Discourse, items: readonly Item[], s0: number, s1: number): void {
  for (let k = s0; k < s1; k++) {
    const it = items[k]!;
    if (it.kind !== 'word' || !it.parts.title) continue;
    if (continuesPhrase(items, k, s1)) continue; // 위원 겸 외교부장: registered with the whole role at its end
    const first = phraseStart(items, k, s0);
    const ph = analyzePhrase(items, first, k);
    const members: Phrase[] = ph.kind === 'group' ? ph.members : [ph];
    for (const m of members) {
      if (m.kind === 'person' && m.nameForm === 'full' && m.name && !d.findPerson(m.name, Number.MAX_SAFE_INTEGER)) {
        const ref = d.entities.refAt(m.nameStart, m.end);
        d.person(m.name, m.role, m.title, m.start, ref?.kind === 'person' ? ref : null);
      }
    }
  }
}

/** Whether the title at `k` is followed by more of the same role (위원 겸 외교부장, 대표 겸 의장). */
function continuesPhrase(items: readonly Item[], k: number, s1: number): boolean {
  const it = items[k]!;
  const next = items[k + 1];
  if (k + 1 >= s1 || !next || next.kind !== 'word' || it.kind !== 'word' || it.parts.role !== 'none' || it.parts.trailing) return false;
  return next.w.text === '겸' || next.w.text === '및';
}

/** After a sentence: its subject becomes the topic; groups, documents and authors are noted. */
export function updateTopic(d: Discourse, items: readonly Item[], s0: number, s1: number, quoted: boolean): void {
  // the main subject: the first topic that can speak, else a nominative not in a relative clause
  let main: Phrase | null = null;
  let stop = false;
  let lastTopic = -1;
  for (let k = s1 - 1; k >= s0 && lastTopic < 0; k--) {
    const it = items[k]!;
    if (it.kind === 'word' && (it.parts.role === 'topic' || it.parts.role === 'also')) lastTopic = k;
  }
  for (let k = s0; k < s1; k++) {
    const it = items[k]!;
    if (it.kind !== 'word') continue;
    const role = it.parts.role;
    if (role !== 'topic' && role !== 'nominative' && role !== 'also') continue;
    const first = phraseStart(items, k, s0);
    // once the main subject is known, only a group named together (A와 B는) has more to tell
    if ((main || stop) && !coordinated(items, first, k)) continue;
    const ph = analyzePhrase(items, first, k);
    if (ph.kind === 'group') registerGroup(d, items, ph);
    if (main || stop) continue;
    // a nominative before a topic sits in that topic's modifier (…기업이 … 하는 의도도 숨어 있다)
    if (role === 'nominative' && (k < lastTopic || embeddedNominative(items, k, s1, s0))) continue;
    if (role !== 'nominative' && ph.kind === 'other' && !canSpeak(d, ph)) {
      stop = true; // a topic that cannot speak: the sentence is about something else
      continue;
    }
    if (canSpeak(d, ph)) main = ph;
  }
  const resolved = main ? resolvePhrase(d, main) : null;
  // a reporter (홍길동 기자가 보도합니다) is never the subject later quotes continue
  if (resolved && !quoted && !d.isReporter(resolved.speaker)) {
    d.topic = resolved.speaker;
    if (resolved.speaker.personLike) d.lastPerson = resolved.speaker;
  }
  if (resolved) noteDocuments(d, items, s0, s1, resolved.speaker);
  if (!quoted) documentContext(d, items, s0, s1);
}

/** Whether words of `items[first..last)` join members (과/와, a comma): the phrase may name a group. */
function coordinated(items: readonly Item[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const it = items[k]!;
    if (it.kind === 'word' && (it.parts.role === 'coord' || it.parts.trailing === ',')) return true;
  }
  return false;
}

/** A group named together: its members are introduced, and the group is what 두 정상 / 3국 refer to. */
function registerGroup(d: Discourse, items: readonly Item[], ph: Phrase): void {
  const members = ph.members;
  for (const m of members) if (m.kind === 'person' && m.name && m.nameForm === 'full') d.person(m.name, m.role, m.title, m.start, null);
  const kind = groupKind(ph);
  const places = ph.conjuncts.filter(([a]) => {
    const w = items[a]!;
    return w.kind === 'word' && isPlaceToken(w.w, w.parts.stemEnd);
  }).length;
  const memberKind: MemberKind = places === members.length ? 'place' : members.every((m) => m.kind === 'person') ? 'person' : 'other';
  const open = /등$/u.test(ph.head);
  d.group({ name: ph.text, nameEn: null, role: null, kind, ref: null, personLike: kind === 'person', title: null }, open ? -1 : ph.conjuncts.length, memberKind, ph.start);
}

/** `X는 … DOC를 발표했다`: X issued DOC. */
function noteDocuments(d: Discourse, items: readonly Item[], s0: number, s1: number, subject: SpeakerRef): void {
  for (let k = s0; k + 1 < s1; k++) {
    const it = items[k]!;
    const next = items[k + 1]!;
    if (it.kind !== 'word' || next.kind !== 'word' || it.parts.role !== 'object') continue;
    const head = documentHead(it.parts.stem);
    if (!head || !PUBLISH_VERBS.test(next.w.text)) continue;
    const ph = analyzePhrase(items, phraseStart(items, k, s0), k);
    d.document(head, plain(head, 'unnamed', null), subject, ph.start);
  }
}

/** `…는 공동성명에 담겼다`: the document is what the next sentences without a subject report. */
function documentContext(d: Discourse, items: readonly Item[], s0: number, s1: number): void {
  let hasContentVerb = false;
  for (let k = s0; k < s1 && !hasContentVerb; k++) {
    const it = items[k]!;
    hasContentVerb = it.kind === 'word' && DOCUMENT_CONTENT_VERBS.test(it.w.text);
  }
  if (!hasContentVerb) return;
  for (let k = s0; k < s1; k++) {
    const it = items[k]!;
    if (it.kind !== 'word' || it.parts.role !== 'adverbial' || !/^에(?:는|도)?$/u.test(it.parts.particle)) continue;
    const head = documentHead(it.parts.stem);
    if (!head) continue;
    const ph = analyzePhrase(items, phraseStart(items, k, s0), k);
    const known = d.findDocument(head);
    if (known?.author) {
      d.topic = known.author;
    } else {
      const speaker = known?.speaker ?? plain(head, 'unnamed', null);
      if (!known) d.document(head, speaker, null, ph.start);
      d.topic = speaker;
    }
    return;
  }
}

