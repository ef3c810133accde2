/**
 * The organization gazetteer: every `organizations/*.json` file merged into one list (format in
 * `README.md`). Entries with the same English name and type are one organization and are merged;
 * a Korean form is weak (`koWeak`) only when every entry that lists it marks it weak.
 */
import type { OrganizationType } from '../types';
import associationsKorea from './organizations/associations-korea.json';
import companiesGlobal from './organizations/companies-global.json';
import companiesKorea from './organizations/companies-korea.json';
import foundationsNgos from './organizations/foundations-ngos.json';
import governmentForeign from './organizations/government-foreign.json';
import governmentKorea from './organizations/government-korea.json';
import entertainment from './organizations/entertainment.json';
import media from './organizations/media.json';
import publicKorea from './organizations/public-korea.json';
import sports from './organizations/sports.json';
import universities from './organizations/universities.json';

/** One organization of the gazetteer. */
export interface GazetteerEntry {
  /** Korean names; the first is the canonical one. */
  readonly ko: readonly string[];
  /** Canonical English name. */
  readonly en: string;
  readonly type: OrganizationType;
  /** Latin-script names and abbreviations. */
  readonly aliases: readonly string[];
  /** Forms of `ko` (or `aliases`) that are ordinary words too: matched only with supporting context. */
  readonly koWeak: ReadonlySet<string>;
  /** ISO 3166-1 alpha-2 code of the home country, `INT` for international bodies, or null. */
  readonly country: string | null;
}

/** The organization types of SCHEMA.md. */
export const ORGANIZATION_TYPES: ReadonlySet<string> = new Set<OrganizationType>([
  'company',
  'university',
  'government',
  'international',
  'media',
  'foundation',
  'consortium',
  'research',
  'party',
  'ngo',
  'other',
]);

interface RawEntry {
  ko?: unknown;
  en?: unknown;
  type?: unknown;
  aliases?: unknown;
  koWeak?: unknown;
  country?: unknown;
}

const SOURCES: readonly (readonly RawEntry[])[] = [
  governmentKorea,
  publicKorea,
  governmentForeign,
  companiesKorea,
  companiesGlobal,
  universities,
  media,
  foundationsNgos,
  associationsKorea,
  sports,
  entertainment,
];

/** Every organization of the gazetteer, merged, in file order. */
export const GAZETTEER: readonly GazetteerEntry[] = mergeEntries(SOURCES.flat());

/**
 * Merge raw entries: entries with the same English name and type become one; malformed entries
 * (no Korean name, no English name, unknown type) are skipped.
 */
export function mergeEntries(raw: readonly RawEntry[]): GazetteerEntry[] {
  const byKey = new Map<string, { ko: string[]; en: string; type: OrganizationType; aliases: string[]; strong: Set<string>; weak: Set<string>; country: string | null }>();
  const order: string[] = [];
  for (const r of raw) {
    const ko = strings(r.ko);
    const en = typeof r.en === 'string' ? r.en.trim() : '';
    const type = typeof r.type === 'string' && ORGANIZATION_TYPES.has(r.type) ? (r.type as OrganizationType) : null;
    if (ko.length === 0 || !en || !type) continue;
    const weak = new Set(strings(r.koWeak));
    const key = `${type}\u0000${en}`;
    let m = byKey.get(key);
    if (!m) {
      m = { ko: [], en, type, aliases: [], strong: new Set(), weak: new Set(), country: typeof r.country === 'string' ? r.country : null };
      byKey.set(key, m);
      order.push(key);
    }
    for (const k of ko) {
      if (!m.ko.includes(k)) m.ko.push(k);
      if (weak.has(k)) m.weak.add(k);
      else m.strong.add(k);
    }
    for (const a of strings(r.aliases)) if (!m.aliases.includes(a)) m.aliases.push(a);
    for (const w of weak) if (!ko.includes(w)) m.weak.add(w);
  }
  return order.map((key) => {
    const m = byKey.get(key)!;
    const koWeak = new Set([...m.weak].filter((w) => !m.strong.has(w)));
    return { ko: m.ko, en: m.en, type: m.type, aliases: m.aliases, koWeak, country: m.country };
  });
}

function strings(x: unknown): string[] {
  if (!Array.isArray(x)) return [];
  return x.filter((s): s is string => typeof s === 'string').map((s) => s.trim()).filter((s) => s.length > 0);
}
