/**
 * Parse: source lines → blocks in source order, each with its kind and its place in the outline.
 * Pure: no I/O, no titles lookup (structure.ts adds titles and ids).
 */
import type { DocKind, TableRow } from '../lib/plan/model';
import { endsSentence, isHeadingContinuation, isPrefaceMarker, isTocMarker, matchHeading, type HeadingMatch } from './headings';
import { boxTableHeader, parseBoxTableRows, parseIndicatorRows, type Line } from './tables';

export type { Line };

/** Where a block stands: numbers only; `null` where the level does not apply. */
export interface Place {
  part: number | null;
  chapter: number | null;
  section: number | null;
  box: number | null;
  /** Front matter and other containers outside the numbered outline. */
  front: 'notice' | 'title' | 'toc' | 'preface' | null;
  /** The main-indicator table. */
  indicators: boolean;
}

export interface Block {
  kind: DocKind;
  lines: Line[];
  place: Place;
  level?: 'part' | 'chapter' | 'section' | 'box' | 'front' | 'table';
  table?: TableRow;
  truncated?: true;
  /** For a contents entry: the heading it lists. */
  lists?: { level: 'part' | 'chapter' | 'appendix' | 'preface'; no: number };
}

interface TocEntry {
  level: 'part' | 'chapter' | 'appendix';
  no: number;
  zh: string;
  /** Part number a chapter belongs to. */
  part: number | null;
}

export interface Parsed {
  blocks: Block[];
  toc: TocEntry[];
  /** Section and box headings found in the body, with their titles as printed. */
  body: { level: 'part' | 'chapter' | 'section' | 'box'; no: number; zh: string; place: Place }[];
  truncated: boolean;
}

export function toLines(source: string): Line[] {
  return source
    .split(/\r\n|\r|\n/)
    .map((text, k) => ({ no: k + 1, text: text.trim() }))
    .filter((l) => l.text.length > 0);
}

/** The "X：…" or "X。…" lead of a box item, or null for a line without one. */
function leadOf(text: string): { style: 'colon' | 'period'; lead: string } | null {
  const m = /^([^，。：；]{1,40})([：。])/.exec(text);
  if (!m || m[1]!.length === text.length - 1) return null;
  return { style: m[2] === '：' ? 'colon' : 'period', lead: m[1]! };
}

const EMPTY: Place = { part: null, chapter: null, section: null, box: null, front: null, indicators: false };

export function parsePlan(source: string, documentTitle: string): Parsed {
  const lines = toLines(source);
  const blocks: Block[] = [];
  const toc: TocEntry[] = [];
  const body: Parsed['body'] = [];
  let place: Place = { ...EMPTY, front: 'notice' };
  let boxStyle: 'colon' | 'period' | null = null;
  let boxLeadEnds = new Set<string>();

  const tocAt = lines.findIndex((l) => isTocMarker(l.text));
  // The body starts at the first preface or part heading after the table of contents.
  let bodyAt = tocAt;
  if (tocAt >= 0) {
    bodyAt = lines.findIndex((l, k) => k > tocAt && (isPrefaceMarker(l.text) || matchHeading(l.text)?.level === 'part') && k > tocAt + 1 && isBodyStart(lines, k));
    if (bodyAt < 0) bodyAt = lines.length;
  }

  let i = 0;
  // Front matter: the notice, then the plan's own title page.
  for (; i < (tocAt >= 0 ? tocAt : 0); i++) {
    const l = lines[i]!;
    if (l.text === documentTitle) place = { ...EMPTY, front: 'title' };
    blocks.push({ kind: place.front === 'title' ? 'title' : 'notice', lines: [l], place });
  }
  // Table of contents.
  if (tocAt >= 0) {
    place = { ...EMPTY, front: 'toc' };
    blocks.push({ kind: 'heading', level: 'front', lines: [lines[tocAt]!], place });
    let part: number | null = null;
    for (i = tocAt + 1; i < bodyAt; i++) {
      const l = lines[i]!;
      const h = matchHeading(l.text);
      if (h?.level === 'part') part = h.no;
      if (h && h.level !== 'section' && h.level !== 'box') {
        toc.push({ level: h.level, no: h.no, zh: h.title, part: h.level === 'chapter' ? part : null });
      }
      const lists = isPrefaceMarker(l.text) ? { level: 'preface' as const, no: 0 } : h && h.level !== 'section' && h.level !== 'box' ? { level: h.level, no: h.no } : undefined;
      blocks.push({ kind: 'toc-entry', lines: [l], place, ...(lists ? { lists } : {}) });
    }
  }

  // Body.
  place = { ...EMPTY };
  for (i = bodyAt; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    if (isPrefaceMarker(l.text)) {
      place = { ...EMPTY, front: 'preface' };
      blocks.push({ kind: 'heading', level: 'front', lines: [l], place });
      continue;
    }
    const h = matchHeading(l.text);
    if (h && h.level !== 'appendix') {
      const headingLines = [l];
      let title = h.title;
      if (h.level !== 'box' && next && isHeadingContinuation(next.text) && !endsTitle(h)) {
        headingLines.push(next);
        title += next.text;
        i++;
      }
      place = enter(place, h);
      boxStyle = null;
      boxLeadEnds = new Set();
      body.push({ level: h.level, no: h.no, zh: title, place });
      blocks.push({ kind: 'heading', level: h.level, lines: headingLines, place });
      if (h.level === 'box') {
        const rest = boxLines(lines, i + 1);
        const headerCount = boxTableHeader(rest);
        if (headerCount > 0) {
          const header = rest.slice(0, headerCount);
          const columns = header.map((x) => x.text);
          blocks.push({ kind: 'table-header', lines: header, place, table: { columns, cells: columns } });
          for (const row of parseBoxTableRows(columns, rest.slice(headerCount))) {
            blocks.push({ kind: 'table-row', lines: row.lines, place, table: row.table });
          }
          i += rest.length;
        }
      }
      continue;
    }
    // A table: its title line is followed by the header cell 序号.
    if (next?.text === '序号') {
      const tablePlace = { ...place, box: null, indicators: true };
      blocks.push({ kind: 'heading', level: 'table', lines: [l], place: tablePlace });
      const headerEnd = lines.findIndex((x, k) => k > i && x.text === '1');
      const header = lines.slice(i + 1, headerEnd);
      blocks.push({ kind: 'table-header', lines: header, place: tablePlace, table: { columns: header.map((x) => x.text), cells: header.map((x) => x.text) } });
      const until = lines.findIndex((x, k) => k > headerEnd && matchHeading(x.text) !== null);
      const { rows, rest } = parseIndicatorRows(lines.slice(headerEnd, until < 0 ? lines.length : until));
      for (const row of rows) blocks.push({ kind: 'indicator', lines: row.lines, place: tablePlace, table: row.table });
      for (const r of rest) blocks.push({ kind: 'note', lines: [r], place: tablePlace });
      i = (until < 0 ? lines.length : until) - 1;
      continue;
    }
    if (place.box !== null) {
      const lead = leadOf(l.text);
      // A box holds items of one style ("X：…" or "X。…") whose leads name like things (…产业, …行动).
      // A line of the other style whose lead ends unlike the items' is the section's text again.
      if (boxStyle !== null && lead !== null && lead.style !== boxStyle && !boxLeadEnds.has(lead.lead.slice(-2))) {
        place = { ...place, box: null };
      } else {
        boxStyle ??= lead?.style ?? null;
        if (lead) boxLeadEnds.add(lead.lead.slice(-2));
        blocks.push({ kind: 'box-item', lines: [l], place });
        continue;
      }
    }
    blocks.push({ kind: 'paragraph', lines: [l], place });
  }

  const last = blocks[blocks.length - 1];
  const truncated = last !== undefined && last.kind === 'paragraph' && !endsSentence(last.lines[last.lines.length - 1]!.text);
  if (truncated) last.truncated = true;
  return { blocks, toc, body, truncated };
}

/** The body's first heading repeats the table of contents; tell them apart by what follows it. */
function isBodyStart(lines: Line[], k: number): boolean {
  const next = lines[k + 1];
  return next !== undefined && matchHeading(next.text) === null && !isPrefaceMarker(next.text);
}

/** A title closed by a quote or bracket is complete even when short. */
function endsTitle(h: HeadingMatch): boolean {
  return /[”》）)]$/.test(h.title) && !/[《（(]/.test(h.title.slice(-8));
}

function enter(place: Place, h: HeadingMatch): Place {
  switch (h.level) {
    case 'part':
      return { ...EMPTY, part: h.no };
    case 'chapter':
      return { ...EMPTY, part: place.part, chapter: h.no };
    case 'section':
      return { ...EMPTY, part: place.part, chapter: place.chapter, section: h.no };
    case 'box':
      return { ...EMPTY, part: place.part, chapter: place.chapter, section: place.section, box: h.no };
    default:
      return place;
  }
}

/** The lines of a box up to the next heading. */
function boxLines(lines: Line[], from: number): Line[] {
  let end = from;
  while (end < lines.length && matchHeading(lines[end]!.text) === null) end++;
  return lines.slice(from, end);
}
