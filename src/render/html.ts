/**
 * An HTML view of an analysis, in the spirit of displaCy: the article text with its quotes,
 * speakers, organizations, persons, goals and critique highlighted, and a summary beside it.
 * No framework, no script; every piece of article text is escaped.
 */
import type { Analysis, Span } from '../types';

export interface RenderOptions {
  /** A full HTML page (default) or only the `<div class="kornews">` fragment. */
  page?: boolean;
  /** The page title (default: the article's title, or "kornews"). */
  title?: string;
}

type Layer = 'quote' | 'speaker' | 'org' | 'person' | 'goal' | 'critique';

interface Mark {
  start: number;
  end: number;
  layer: Layer;
  /** Tooltip text (escaped when written). */
  note: string;
  /** Short label shown after entities (ORG, PER). */
  label?: string;
}

const LAYER_ORDER: readonly Layer[] = ['critique', 'goal', 'quote', 'speaker', 'org', 'person'];

/**
 * Render `analysis` of `text` as HTML. `text` must be the string that was analyzed (the spans
 * index into it). Returns a string; throws nothing.
 */
export function renderHtml(text: string, analysis: Analysis, options: RenderOptions = {}): string {
  const marks = collectMarks(analysis, text.length);
  const body = `<div class="kornews" lang="${analysis.language === 'und' ? '' : analysis.language}">
<article class="kn-text">${renderText(text, marks)}</article>
<aside class="kn-summary">${renderSummary(analysis)}</aside>
</div>`;
  if (options.page === false) return body;
  const title = options.title ?? analysis.structure.title?.text ?? 'kornews';
  return `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style></head>
<body>
${body}
</body></html>
`;
}

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

function collectMarks(a: Analysis, length: number): Mark[] {
  const marks: Mark[] = [];
  const add = (s: Span, layer: Layer, note: string, label?: string): void => {
    if (!(s.start >= 0 && s.end <= length && s.end > s.start)) return;
    const m: Mark = { start: s.start, end: s.end, layer, note };
    if (label !== undefined) m.label = label;
    marks.push(m);
  };
  for (const c of a.critique.sentences) add(c, 'critique', `critique: ${c.cues.join(', ')}`);
  for (const g of a.goals) add(g, 'goal', `goal (${g.modality}${g.category ? `, ${g.category}` : ''}) — ${g.actor?.name ?? 'no actor'}: ${g.cue}`);
  for (const q of a.quotes) {
    const who = q.speaker ? `${q.speaker.name ?? '?'}${q.speaker.nameEn ? ` (${q.speaker.nameEn})` : ''}, via ${q.speaker.via}` : 'no speaker';
    add(q, 'quote', `${q.kind} quote — ${who}${q.verb ? ` — ${q.verb}` : ''}`);
    if (q.speaker?.mention) add(q.speaker.mention, 'speaker', `speaker of “${q.text.slice(0, 30)}…”`);
  }
  for (const o of a.organizations) for (const m of o.mentions) add(m, 'org', `${o.name}${o.nameEn ? ` — ${o.nameEn}` : ''} (${o.type})`, 'ORG');
  for (const p of a.persons) for (const m of p.mentions) add(m, 'person', `${p.name}${p.nameEn ? ` — ${p.nameEn}` : ''}${p.role ? `, ${p.role}` : ''}`, 'PER');
  return marks;
}

/** The text cut at every mark boundary; each piece wrapped in the marks that cover it. */
function renderText(text: string, marks: Mark[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  // marks sorted by start; a sweep keeps the active ones
  const byStart = [...marks].sort((x, y) => x.start - y.start || y.end - x.end);
  const active: Mark[] = [];
  let next = 0;
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i] as number;
    const e = points[i + 1] as number;
    for (let k = active.length - 1; k >= 0; k--) if ((active[k] as Mark).end <= s) active.splice(k, 1);
    while (next < byStart.length && (byStart[next] as Mark).start <= s) {
      const m = byStart[next++] as Mark;
      if (m.end > s) active.push(m);
    }
    let piece = escapeHtml(text.slice(s, e));
    const layers = [...active].sort((x, y) => LAYER_ORDER.indexOf(x.layer) - LAYER_ORDER.indexOf(y.layer));
    // innermost first: entities, then speaker, quote, goal, critique around them
    for (let k = layers.length - 1; k >= 0; k--) {
      const m = layers[k] as Mark;
      const ends = m.end === e && m.label ? ` data-label="${m.label}"` : '';
      piece = `<span class="kn-${m.layer}" title="${escapeHtml(m.note)}"${ends}>${piece}</span>`;
    }
    out.push(piece);
  }
  return out.join('');
}

function renderSummary(a: Analysis): string {
  const li = (s: string): string => `<li>${s}</li>`;
  const e = escapeHtml;
  const parts: string[] = [];
  parts.push(`<p class="kn-meta">${e(a.language)} · ${e(a.tokenizer)}${a.structure.byline ? ` · ${e(a.structure.byline.text)}` : ''}</p>`);
  parts.push(`<h2>Quotes <small>${a.quotes.length}</small></h2><ol>${a.quotes
    .map((q) => li(`<b>${e(q.speaker?.name ?? '—')}</b>${q.speaker?.nameEn ? ` <i>${e(q.speaker.nameEn)}</i>` : ''} <span class="kn-via">${e(q.speaker?.via ?? q.kind)}</span>: “${e(q.text)}” <span class="kn-verb">${e(q.verb ?? '')}</span>`))
    .join('')}</ol>`);
  parts.push(`<h2>Organizations <small>${a.organizations.length}</small></h2><ul>${a.organizations
    .map((o) => li(`<b>${e(o.name)}</b> → ${e(o.nameEn ?? '—')} <span class="kn-via">${e(o.type)} · ${o.mentions.length}×</span>`))
    .join('')}</ul>`);
  parts.push(`<h2>Persons <small>${a.persons.length}</small></h2><ul>${a.persons
    .map((p) => li(`<b>${e(p.name)}</b> → ${e(p.nameEn ?? '—')}${p.role ? ` <span class="kn-via">${e(p.role)}</span>` : ''}`))
    .join('')}</ul>`);
  parts.push(`<h2>Goals <small>${a.goals.length}</small></h2><ol>${a.goals
    .map((g) => li(`<b>${e(g.actor?.name ?? '—')}</b> <span class="kn-via">${e(g.modality)}${g.category ? ` · ${e(g.category)}` : ''}</span>: ${e(g.text)}`))
    .join('')}</ol>`);
  parts.push(`<h2>Critique <small>${a.critique.sentences.length}</small></h2>${a.critique.section?.heading ? `<p>section: <b>${e(a.critique.section.heading.text)}</b></p>` : ''}<ol>${a.critique.sentences
    .map((c) => li(`${e(c.text)} <span class="kn-via">${e(c.cues.join(', '))}</span>`))
    .join('')}</ol>`);
  if (a.warnings.length) parts.push(`<h2>Warnings</h2><ul>${a.warnings.map((w) => li(e(w))).join('')}</ul>`);
  return parts.join('\n');
}

const STYLE = `
body{margin:0;font:16px/1.7 system-ui,-apple-system,"Apple SD Gothic Neo","Noto Sans KR",sans-serif;color:#222;background:#fafafa}
.kornews{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:24px;padding:24px;max-width:1400px;margin:auto}
.kn-text{white-space:pre-wrap;background:#fff;padding:24px;border-radius:8px;box-shadow:0 1px 3px #0002}
.kn-summary{font-size:14px}.kn-summary h2{font-size:15px;margin:18px 0 6px}.kn-summary small{color:#888;font-weight:normal}
.kn-summary ol,.kn-summary ul{padding-left:20px;margin:0}.kn-meta,.kn-via,.kn-verb{color:#777}
.kn-critique{background:#fde8e8;box-shadow:inset 3px 0 #d33}
.kn-goal{background:#fff6cc}
.kn-quote{color:#1d3d8f;text-decoration:underline #1d3d8f80;text-underline-offset:4px}
.kn-speaker{font-weight:600;border-bottom:2px solid #1d3d8f}
.kn-org{background:#dbeafe;border-radius:3px;padding:0 2px}
.kn-person{background:#dcfce7;border-radius:3px;padding:0 2px}
[data-label]::after{content:attr(data-label);font-size:10px;font-weight:700;margin-left:3px;color:#555;vertical-align:super}
@media (max-width:900px){.kornews{grid-template-columns:1fr}}
`;
