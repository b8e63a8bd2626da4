/** Documents written out in a download format: one paragraph's reference, or a page of search results. */
import type { Locale } from '../../i18n/routing';
import type { OutlineDocument, PlanDocument } from '../plan/model';

import { bibtex } from './citation';
import { RESULT_COLUMNS, rowsOf } from './columns';
import { cslJson } from './csl';
import { toCsv } from './csv';
import { referenceOf } from './reference';
import { ris } from './ris';

export interface ExportContext {
  plan: Pick<OutlineDocument, 'title' | 'issuer' | 'issued'>;
  lang: Locale;
  /** Date of access, YYYY-MM-DD. */
  accessed: string;
  /** The absolute permalink of a document. */
  permalink: (id: string) => string;
}

export type ExportFormat = 'csv' | 'ris' | 'bibtex' | 'csl-json';

export function exportDocuments(format: ExportFormat, docs: PlanDocument[], c: ExportContext): string {
  const input = (doc: PlanDocument) => ({ doc, plan: c.plan, url: c.permalink(doc.id), accessed: c.accessed, lang: c.lang });
  switch (format) {
    case 'csv':
      return toCsv(RESULT_COLUMNS, rowsOf(docs, RESULT_COLUMNS, c.permalink));
    case 'ris':
      return ris(docs.map((d) => referenceOf(input(d))));
    case 'bibtex':
      // The entry the permalink's citation block shows, one per paragraph.
      return docs.map((d) => `${bibtex(input(d))}\n`).join('\n');
    case 'csl-json':
      return cslJson(docs.map((d) => referenceOf(input(d))));
  }
}
