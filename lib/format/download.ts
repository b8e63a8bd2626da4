/** The kinds of file the site offers for download: content type and file-name extension of each. */

export const KINDS = {
  csv: { type: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  jsonl: { type: 'application/jsonl; charset=utf-8', extension: 'jsonl' },
  json: { type: 'application/json; charset=utf-8', extension: 'json' },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', extension: 'ris' },
  bibtex: { type: 'application/x-bibtex; charset=utf-8', extension: 'bib' },
  'csl-json': { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', extension: 'csl.json' },
} as const;

export type Kind = keyof typeof KINDS;

/** What one paragraph's reference downloads as (`/api/p/{id}?format=`). */
export const REFERENCE_FORMATS = ['ris', 'bibtex', 'csl-json'] as const satisfies readonly Kind[];
/** What a page of search results exports as (`/api/search?…&format=`). */
export const RESULT_FORMATS = ['csv', 'ris', 'bibtex', 'json'] as const satisfies readonly Kind[];

/** How the formats are named to people: proper names, the same in every language. */
export const FORMAT_NAMES: Record<Kind, string> = { csv: 'CSV', jsonl: 'JSON Lines', json: 'JSON', ris: 'RIS', bibtex: 'BibTeX', 'csl-json': 'CSL-JSON' };

/** `format` from a request, when it is one of `allowed`; null when it is not. */
export function formatOf<F extends Kind>(value: string, allowed: readonly F[]): F | null {
  return (allowed as readonly string[]).includes(value) ? (value as F) : null;
}

/** Headers of a file download: its type, and "save as" with its name (ASCII: ids and fixed names only). */
export function downloadHeaders(kind: Kind, name: string): Record<string, string> {
  return { 'content-type': KINDS[kind].type, 'content-disposition': `attachment; filename="${name}.${KINDS[kind].extension}"` };
}
