/**
 * Structure: parsed blocks → documents with stable ids and zh/en outline titles, plus the outline.
 * Pure; districts, topics and tokens are added by later stages.
 */
import { outlineId, outlineKey } from '../lib/plan/ids';
import { titledLabel } from '../lib/format/place';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../i18n/routing';
import { localized, type DocKind, type OutlineChapter, type OutlineDocument, type OutlinePart, type PlanDocument, type Titled } from '../lib/plan/model';
import { IngestError } from '../lib/corpus/errors';
import type { Block, Parsed, Place } from './parse';
import type { ManifestEntry, TitleKey, Titles } from '../lib/corpus/schemas';

const PLURAL = { part: 'parts', chapter: 'chapters', section: 'sections', box: 'boxes' } as const satisfies Record<string, TitleKey>;

export type Unenriched = Omit<PlanDocument, 'districts' | 'topics' | 'tokens'>;

export function structure(entry: ManifestEntry, parsed: Parsed, titles: Titles, titlesFile: string): { documents: Unenriched[]; outline: OutlineDocument } {
  const title = (key: TitleKey, k: string, no: number): Titled => {
    const t = titles[key][k];
    if (!t) throw new IngestError(titlesFile, `no English title for ${key} ${k}`);
    return { no, ...localized(t) };
  };
  const titled = (p: Place) => ({
    part: p.part === null ? null : title('parts', String(p.part), p.part),
    chapter: p.chapter === null ? null : title('chapters', String(p.chapter), p.chapter),
    section: p.section === null ? null : title('sections', `${p.chapter}.${p.section}`, p.section),
    box: p.box === null ? null : title('boxes', String(p.box), p.box),
  });

  // Every heading printed in the body must have its curated title, word for word.
  for (const h of parsed.body) {
    const t = h.level === 'section' ? titles.sections[`${h.place.chapter}.${h.no}`] : titles[PLURAL[h.level]][String(h.no)];
    if (!t || t.zh !== h.zh) {
      throw new IngestError(titlesFile, `${h.level} ${h.no} reads "${h.zh}" in the source but "${t?.zh ?? '(missing)'}" in the titles`);
    }
  }

  const counters = new Map<string, number>();
  const next = (key: string) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  const documents = parsed.blocks.map((b, order): Unenriched => {
    const doc: Unenriched = {
      id: `${entry.id}-${localId(b, next)}`,
      doc: entry.id,
      kind: b.kind as DocKind,
      text: b.lines.map((l) => l.text).join('\n'),
      order,
      lines: [b.lines[0]!.no, b.lines[b.lines.length - 1]!.no],
      ...titled(b.place),
    };
    if (b.level) doc.level = b.level;
    if (b.table) doc.table = b.table;
    if (b.truncated) doc.truncated = true;
    const repeats = b.lists && repeatedHeading(entry.id, b.lists, parsed);
    if (repeats) doc.repeats = repeats;
    const own = repeats ? null : frontTitle(b, title, titles);
    if (own) doc.translations = own;
    return doc;
  });

  const seen = new Set<string>();
  for (const d of documents) {
    if (seen.has(d.id)) throw new IngestError(entry.file, `two documents would share the id ${d.id}`);
    seen.add(d.id);
  }

  return { documents, outline: buildOutline(entry, parsed, title, documents.length) };
}

/**
 * The curated title of a front-matter heading (目录, 序言, the indicator table's) and of a contents entry
 * whose heading is not in the body (the source ends before chapters 42–45 and the appendices), in every
 * locale but the source's. Headings of the body take theirs from their outline place at translation.
 */
function frontTitle(b: Block, title: (key: TitleKey, k: string, no: number) => Titled, titles: Titles): PlanDocument['translations'] | null {
  const locales = (Object.keys(LOCALES) as Locale[]).filter((l) => l !== SOURCE_LOCALE);
  const each = (f: (l: Locale) => string) => Object.fromEntries(locales.map((l) => [l, f(l)]));
  if (b.kind === 'heading' && (b.level === 'front' || (b.level === 'table' && b.place.indicators))) {
    const key = b.place.indicators ? 'indicators' : b.place.front === 'toc' ? 'toc' : b.place.front === 'preface' ? 'preface' : null;
    return key ? each((l) => titles.front[key][l]) : null;
  }
  if (b.kind !== 'toc-entry' || !b.lists || b.lists.level === 'preface') {
    return b.kind === 'toc-entry' && b.lists?.level === 'preface' ? each((l) => titles.front.preface[l]) : null;
  }
  const { level, no } = b.lists;
  const t = title(level === 'appendix' ? 'appendices' : PLURAL[level], String(no), no);
  return each((l) => titledLabel(level, t, l));
}

/** The id of the heading a contents entry repeats, when the body has that heading. */
function repeatedHeading(plan: string, lists: NonNullable<Block['lists']>, parsed: Parsed): string | null {
  if (lists.level === 'preface') return parsed.blocks.some((b) => b.place.front === 'preface' && b.kind === 'heading') ? `${plan}-preface` : null;
  if (lists.level === 'appendix') return null;
  if (!parsed.body.some((h) => h.level === lists.level && h.no === lists.no)) return null;
  return outlineId(plan, { [lists.level]: lists.no });
}

/** The id below the corpus document: readable, stable for the same text, unique (README § Document ids). */
function localId(b: Block, next: (key: string) => number): string {
  const p = b.place;
  if (p.front === 'notice') return `notice-${next('notice')}`;
  if (p.front === 'title') return `title-${next('title')}`;
  if (p.front === 'toc') return b.kind === 'heading' ? 'toc' : `toc-${next('toc')}`;
  if (p.front === 'preface') return b.kind === 'heading' ? 'preface' : `preface-p${next('preface')}`;
  if (p.indicators) {
    if (b.kind === 'heading') return 'ind';
    if (b.kind === 'table-header') return 'ind-th';
    if (b.kind === 'indicator') return `ind-${String(next('ind')).padStart(2, '0')}`;
    return `ind-note${next('ind-note')}`;
  }
  if (p.box !== null) {
    const box = outlineKey(p);
    if (b.kind === 'heading') return box;
    if (b.kind === 'table-header') return `${box}-th`;
    if (b.kind === 'table-row') return `${box}-r${next(box + 'r')}`;
    return `${box}-i${next(box)}`;
  }
  const container = outlineKey(p);
  if (b.kind === 'heading') return container;
  return `${container}-p${next(container)}`;
}

function buildOutline(entry: ManifestEntry, parsed: Parsed, title: (key: TitleKey, k: string, no: number) => Titled, count: number): OutlineDocument {
  const inBody = (level: string, no: number) => parsed.body.some((h) => h.level === level && h.no === no);
  const parts: OutlinePart[] = [];
  for (const e of parsed.toc) {
    if (e.level === 'part') {
      parts.push({ ...title('parts', String(e.no), e.no), present: inBody('part', e.no), id: outlineId(entry.id, { part: e.no }), chapters: [] });
    } else if (e.level === 'chapter') {
      const part = parts.find((p) => p.no === e.part);
      if (!part) throw new IngestError(entry.file, `chapter ${e.no} is listed before any part`);
      const chapter: OutlineChapter = {
        ...title('chapters', String(e.no), e.no),
        present: inBody('chapter', e.no),
        id: outlineId(entry.id, { chapter: e.no }),
        sections: [],
        boxes: [],
      };
      for (const h of parsed.body) {
        if (h.place.chapter !== e.no) continue;
        if (h.level === 'section') chapter.sections.push({ ...title('sections', `${e.no}.${h.no}`, h.no), id: outlineId(entry.id, { chapter: e.no, section: h.no }) });
        if (h.level === 'box') chapter.boxes.push({ ...title('boxes', String(h.no), h.no), id: outlineId(entry.id, { box: h.no }) });
      }
      part.chapters.push(chapter);
    }
  }
  const appendices = parsed.toc
    .filter((e) => e.level === 'appendix')
    .map((e) => ({
      ...title('appendices', String(e.no), e.no),
      present: parsed.blocks.some((b) => b.place.front === null && b.lines[0]!.text.startsWith(`附件${e.no}`)),
    }));
  return {
    id: entry.id,
    title: entry.title,
    issuer: entry.issuer,
    issued: entry.issued,
    file: entry.file,
    parts,
    appendices,
    truncated: parsed.truncated,
    documents: count,
  };
}
