/**
 * Organizations and persons, with English names and every mention.
 *
 * ```ts
 * const entities = extractEntities(doc);
 * entities.organizations[0]; // { name: '메타', nameEn: 'Meta', type: 'company', mentions: [...], ... }
 * entities.refAt(start, end); // `이 기구는` → { kind: 'org', index: 0 }
 * bylineNames(doc, entities);  // { publisher: { name: '연합뉴스', nameEn: 'Yonhap News Agency' }, reporter: { name: '정하늘', nameEn: 'Jeong Ha-neul' } }
 * ```
 *
 * Korean articles go through the full pipeline (gazetteer, rules, coreference, persons); English
 * articles get gazetteer and Latin-name rules over a simple word split.
 */
import type { Doc } from '../../doc';
import { emptyEntityIndex, type EntityIndex } from '../model';
import { contextOf } from './context';
import { withEnglishTokens } from './english';
import { extractOrganizations } from './orgs';
import { extractPersons } from './persons';
import { buildRefAt } from './refs';

export { bylineNames } from './byline';

/**
 * Find the organizations and persons of `doc` (a Doc built by the pipeline). Returns every entity
 * with its mentions in normalized offsets, and `refAt` to resolve a noun phrase to an entity.
 * Never throws on well-formed Docs; a Doc without words gives an empty index.
 */
export function extractEntities(doc: Doc): EntityIndex {
  const source = doc.language === 'en' && doc.tokens.length === 0 ? withEnglishTokens(doc) : doc;
  if (source.tokens.length === 0) return emptyEntityIndex();
  const ctx = contextOf(source);
  const orgs = extractOrganizations(ctx);
  const persons = source.language === 'en' ? { persons: [], refs: [] } : extractPersons(ctx, orgs);
  return {
    organizations: orgs.entities,
    persons: persons.persons,
    refAt: buildRefAt(ctx, orgs.mentions, persons.refs),
  };
}
