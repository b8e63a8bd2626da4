/**
 * RIS (the tagged format of EndNote, Zotero, Mendeley and most library catalogues): one RPRT
 * (report) record per paragraph. Every value is one line: the paragraph's own line breaks (table
 * rows, cells printed over several lines) become " / ", as the quotation citation writes them.
 */
import type { Reference } from './reference';

const line = (s: string) => s.trim().replace(/\s*\n\s*/g, ' / ');
const slashDate = (iso: string) => `${iso.replaceAll('-', '/')}/`;

export function risRecord(r: Reference): string {
  const tags: [string, string][] = [
    ['TY', 'RPRT'],
    ['TI', r.title],
    // A name without a comma is a body, not "Family, Given": Zotero and EndNote keep it whole.
    ['AU', r.author],
    ['PB', r.author],
    ['PY', r.issued.slice(0, 4)],
    ['DA', slashDate(r.issued)],
    ['LA', r.language],
    ['AB', r.text],
    ...(r.translation ? ([['N1', `${r.translation.label}: ${r.translation.text}`]] as [string, string][]) : []),
    ['UR', r.url],
    ['Y2', slashDate(r.accessed)],
    ['ID', r.id],
  ];
  // RIS lines end in CR LF; the record ends with an empty ER.
  return `${tags.map(([k, v]) => `${k}  - ${line(v)}`).join('\r\n')}\r\nER  - \r\n`;
}

export const ris = (refs: Reference[]) => refs.map(risRecord).join('\r\n');
