/** CSL-JSON (the input of citeproc and of Zotero's, Mendeley's and pandoc's citation processors): an array of items. */
import { dateParts, type Reference } from './reference';

export function cslItem(r: Reference) {
  return {
    id: r.id,
    type: 'report',
    title: r.title,
    // A body, not a person: `literal` keeps it whole (never split into family and given names).
    author: [{ literal: r.author }],
    publisher: r.author,
    issued: { 'date-parts': [dateParts(r.issued)] },
    accessed: { 'date-parts': [dateParts(r.accessed)] },
    language: r.language,
    abstract: r.text,
    ...(r.translation ? { note: `${r.translation.label}: ${r.translation.text}` } : {}),
    URL: r.url,
  };
}

export const cslJson = (refs: Reference[]) => JSON.stringify(refs.map(cslItem), null, 2);
