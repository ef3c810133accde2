/**
 * Quotes outside the running text: a title or deck quote (`kind: 'headline'`), its speaker when a
 * name stands before it or leads the title (`리밍 “…”…양국관계엔 “…”`: a later quote of the line
 * with no name of its own keeps the one before it).
 */
import { sentenceIndexAt, type Doc } from '../../doc';
import type { QuoteAnnotation } from '../model';
import { englishName, type Discourse } from './discourse';
import type { QuoteSpan } from './marks';
import { analyzePhrase, wordItem, type Item, type Phrase } from './phrase';
import { orgSpeaker, plain, type Resolved } from './resolve';
import { toSpeaker } from './subject';
import { isVerbal, knownPerson } from './words';

/**
 * A quote in the title, deck or a heading: `kind: 'headline'`, its speaker when a name stands
 * before it, else `inherited` (the speaker of the line's quote before it), if any.
 */
export function headlineQuote(
  doc: Doc,
  d: Discourse,
  items: readonly Item[],
  qi: number,
  q: QuoteSpan,
  inherited: QuoteAnnotation['speaker'] = null,
): QuoteAnnotation {
  let speaker: QuoteAnnotation['speaker'] = null;
  const evidence = [...q.evidence, 'kind:headline'];
  // the words right before the mark, back to the previous quote or a separator (…, ·, ,)
  let from = qi;
  while (from > 0 && items[from - 1]!.kind === 'word') from--;
  const words: Item[] = [];
  for (let k = from; k < qi; k++) {
    const it = items[k]!;
    if (it.kind !== 'word') continue;
    const cut = lastSeparator(it.w.text);
    if (cut > 0) words.length = 0;
    const text = it.w.text.slice(cut);
    if (text) words.push(wordItem({ ...it.w, start: it.w.start + cut, text }));
  }
  // 마크롱 대통령, 새 법안 서명…“…”: a name before a comma at the start speaks for the headline
  const comma = items.findIndex((it) => it.kind !== 'word' || it.w.text.endsWith(','));
  const lead = comma >= 0 && comma < 4 && items[comma]!.kind === 'word' ? items.slice(0, comma + 1) : [];
  for (const candidate of [words, lead]) {
    if (candidate.length === 0 || candidate.length > 6) continue;
    if (!candidate.every((x) => x.kind === 'word' && x.parts.role === 'none' && !isVerbal(x.w, x.parts))) continue;
    const ph = analyzePhrase(candidate, 0, candidate.length - 1);
    const r = resolveHeadline(d, ph);
    if (r) {
      speaker = toSpeaker({ ...r, phraseEnd: -1 });
      evidence.push(...r.evidence, candidate === words ? 'speaker:headline-name' : 'speaker:headline-lead');
      break;
    }
  }
  if (!speaker && inherited) {
    speaker = { ...inherited, via: 'context' };
    evidence.push('speaker:headline-chain');
  }
  return {
    start: q.start,
    end: q.end,
    kind: 'headline',
    speaker,
    verb: null,
    verbRange: null,
    sentence: Math.max(0, sentenceIndexAt(doc, q.start)),
    evidence: [...new Set(evidence)],
  };
}

function lastSeparator(text: string): number {
  const i = Math.max(text.lastIndexOf('…'), text.lastIndexOf('.'), text.lastIndexOf('·'));
  return i < 0 ? 0 : i + 1;
}

/** A headline names a speaker the body introduces later: look the name or role up in the whole article. */
function resolveHeadline(d: Discourse, ph: Phrase): Resolved | null {
  const all = Number.MAX_SAFE_INTEGER;
  const mention = { start: ph.start, end: ph.end };
  if (ph.kind === 'person' && ph.name) {
    const s = d.findPerson(ph.name, all)?.speaker ?? d.findByLastName(ph.name, ph.title, all) ?? (ph.name.length === 1 ? d.findBySurname(ph.name, ph.title, all) : null);
    if (s) return { speaker: { ...s, role: ph.role ?? s.role }, via: ph.nameForm === 'full' ? 'explicit' : 'short-name', mention, evidence: ph.evidence };
    if (!ph.role && !ph.name.includes(' ') && !knownPerson(ph.name)) return null;
    return { speaker: { name: ph.name, nameEn: englishName(ph.name), role: ph.role, kind: 'person', ref: null, personLike: true, title: ph.title }, via: 'explicit', mention, evidence: ph.evidence };
  }
  // a name the body introduces, whatever mecab made of it (리밍 reads as a proper noun of no kind)
  if (ph.kind === 'organization' || ph.kind === 'other') {
    const s = d.findPerson(ph.text, all)?.speaker ?? (ph.text.includes(' ') ? null : d.findByLastName(ph.text, null, all));
    if (s) return { speaker: s, via: d.findPerson(ph.text, all)?.short === false ? 'explicit' : 'short-name', mention, evidence: [...ph.evidence, 'speaker:headline-person'] };
  }
  if (ph.kind === 'unnamed' || ph.kind === 'other') {
    const s = d.findByRole(ph.text, all);
    if (s) return { speaker: s, via: 'context', mention, evidence: [...ph.evidence, 'speaker:role-antecedent'] };
  }
  if (ph.kind === 'organization') {
    const entity = d.entities.refAt(ph.start, ph.end);
    const s = (entity?.kind === 'org' ? orgSpeaker(d, entity.index) : null) ?? { ...plain(ph.quotedName ?? ph.text, 'organization', null), nameEn: ph.enAlias };
    return { speaker: s, via: 'explicit', mention, evidence: ph.evidence };
  }
  return null;
}
