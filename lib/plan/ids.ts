/** Document and outline ids (README § Document ids), built here only: by ingest, by links, by anchors. */

/** Document ids are lower-case ASCII words joined by "-"; anything else names nothing. */
export const isDocumentId = (id: string) => /^[a-z0-9]+(?:-[a-z0-9]+){0,8}$/.test(id) && id.length <= 120;

export interface OutlinePlace {
  part?: number | null;
  chapter?: number | null;
  section?: number | null;
  box?: number | null;
}

/** The local part of an outline place's id: `b38`, `c30-s1`, `c30`, `pt9`. */
export function outlineKey(p: OutlinePlace): string {
  if (p.box != null) return `b${p.box}`;
  if (p.section != null) return `c${p.chapter}-s${p.section}`;
  if (p.chapter != null) return `c${p.chapter}`;
  return `pt${p.part}`;
}

/** The id of an outline place's heading in one plan: `km14-c30-s1`, which is also its anchor on the chapter page. */
export const outlineId = (plan: string, p: OutlinePlace): string => `${plan}-${outlineKey(p)}`;

/** Front matter and the main-indicator table, which stand outside the outline's numbered levels. */
export type FrontPart = 'notice' | 'title' | 'toc' | 'preface' | 'indicators';

/** The n-th paragraph, item, row, note, line or entry of the place a document sits in. */
export interface Pinpoint {
  kind: 'para' | 'item' | 'row' | 'note' | 'line' | 'entry';
  no: number;
}

/**
 * What a document id says beyond the outline (the inverse of ingest's local ids, README § Document
 * ids): the front part it belongs to, and its number within its place. `km14-c17-s1-p4` → the 4th
 * paragraph; `km14-b38-i2` → the 2nd item; `km14-ind-05` → the indicator table's 5th row; a heading → none.
 */
export function readId(id: string, plan: string): { front: FrontPart | null; pinpoint: Pinpoint | null } {
  const local = id.startsWith(`${plan}-`) ? id.slice(plan.length + 1) : id;
  const n = (s: string | undefined) => (s === undefined ? null : Number(s));
  const at = (kind: Pinpoint['kind'], no: number | null): Pinpoint | null => (no === null ? null : { kind, no });
  let m: RegExpMatchArray | null;
  if ((m = local.match(/^notice-(\d+)$/))) return { front: 'notice', pinpoint: at('line', n(m[1])) };
  if ((m = local.match(/^title-(\d+)$/))) return { front: 'title', pinpoint: at('line', n(m[1])) };
  if ((m = local.match(/^toc(?:-(\d+))?$/))) return { front: 'toc', pinpoint: at('entry', n(m[1])) };
  if ((m = local.match(/^preface(?:-p(\d+))?$/))) return { front: 'preface', pinpoint: at('para', n(m[1])) };
  if ((m = local.match(/^ind(?:-th|-(\d+)|-note(\d+))?$/))) return { front: 'indicators', pinpoint: at('row', n(m[1])) ?? at('note', n(m[2])) };
  if ((m = local.match(/-(p|i|r)(\d+)$/))) return { front: null, pinpoint: at(({ p: 'para', i: 'item', r: 'row' } as const)[m[1] as 'p' | 'i' | 'r'], n(m[2])) };
  return { front: null, pinpoint: null };
}
