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
