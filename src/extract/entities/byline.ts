/**
 * English names for the byline: the publisher (`[한빛일보 박민지 기자]` → the medium's English name)
 * and the reporter (Park Min-ji), from what the entities component found.
 *
 * ```ts
 * const entities = extractEntities(doc);
 * const { publisher, reporter } = bylineNames(doc, entities);
 * // publisher: { name: '연합뉴스', nameEn: 'Yonhap News Agency' }, reporter: { name: '정하늘', nameEn: 'Jeong Ha-neul' }
 * ```
 */
import type { Doc } from '../../doc';
import { lookupPerson } from '../../text/people';
import { romanizeKoreanName } from '../../text/romanize';
import type { Name } from '../../types';
import type { EntityIndex } from '../model';
import { trimName } from './context';
import { squash } from './lexicon';
import { lookupForm } from './org-gazetteer';

/** The byline's publisher and reporter with English names; null where the byline names none (or there is no byline). */
export function bylineNames(doc: Doc, entities: EntityIndex): { publisher: Name | null; reporter: Name | null } {
  const b = doc.structure.byline;
  if (!b) return { publisher: null, reporter: null };
  // separators the byline writes after the publisher are no part of its name (스포츠서울 | 홍길동 기자)
  const publisher = b.publisher ? trimName(b.publisher) : '';
  return {
    publisher: publisher ? { name: publisher, nameEn: publisherEn(doc, entities, publisher, b.start, b.end) } : null,
    reporter: b.reporter ? { name: b.reporter, nameEn: reporterEn(doc, entities, b.reporter, b.start, b.end) } : null,
  };
}

function publisherEn(doc: Doc, entities: EntityIndex, publisher: string, from: number, to: number): string | null {
  const key = squash(publisher);
  // the organization mentioned in the byline, or one of the same name
  for (const o of entities.organizations) {
    const inByline = o.mentions.some((m) => m.start >= from && m.end <= to && squash(doc.text.slice(m.start, m.end)) === key);
    if ((inByline || squash(o.name) === key) && o.nameEn) return o.nameEn;
  }
  const entry = lookupForm(publisher)[0]?.entry;
  if (entry) return entry.en;
  return /^[A-Za-z][A-Za-z0-9 &.'’-]*$/u.test(publisher) ? publisher : null;
}

/** The reporters' English names, joined with `, ` when the byline names several (홍길동·김철수 기자). */
function reporterEn(doc: Doc, entities: EntityIndex, reporter: string, from: number, to: number): string | null {
  // an English byline names the reporter in English already (By Jane Doe)
  if (/^[A-Za-z][A-Za-z .,'’-]*$/u.test(reporter)) return reporter.trim();
  const names = reporter.split(/[ ·,、]+/u).filter((n) => n.length >= 2);
  const out: string[] = [];
  for (const name of names.length > 0 ? names : [reporter]) {
    const key = squash(name);
    const person = entities.persons.find((p) => squash(p.name) === key && p.mentions.some((m) => m.start >= from && m.end <= to)) ?? entities.persons.find((p) => squash(p.name) === key);
    const en = person?.nameEn ?? lookupPerson(name)?.en ?? romanizeKoreanName(name);
    if (!en) return null;
    out.push(en);
  }
  return out.length > 0 ? out.join(', ') : null;
}
