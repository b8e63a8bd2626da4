/**
 * The site's downloads: one paragraph's reference, a page of search results, the whole plan as data
 * and the indicator table. Each answers as a file (Content-Disposition: attachment); bad input is a
 * SearchInputError, which `handle` (api.ts) turns into the API's usual 400.
 */
import { localePath } from '../../i18n/navigation';
import { isLocale, type Locale, SOURCE_LOCALE } from '../../i18n/routing';
import { DATA_COLUMNS, recordOf, rowsOf } from '../format/columns';
import { toCsv } from '../format/csv';
import { downloadHeaders, formatOf, type Kind, REFERENCE_FORMATS, RESULT_FORMATS } from '../format/download';
import { exportDocuments } from '../format/export';
import { indicatorCsv } from '../format/indicator-csv';
import { routes } from '../links/routes';
import type { PlanDocument } from '../plan/model';
import { parseSearchParams } from '../search/request';
import { SearchInputError } from '../search/types';

import { indicators, mainPlan, paragraph, search, store } from './portal';

const file = (kind: Kind, name: string, body: string) => new Response(body, { headers: downloadHeaders(kind, name) });

function one(params: URLSearchParams, key: string): string | undefined {
  const all = params.getAll(key);
  if (all.length > 1) throw new SearchInputError(`invalid_${key}`, `${key} may be given once`);
  return all[0];
}

function formatParam<F extends Kind>(params: URLSearchParams, allowed: readonly F[]): F {
  const raw = one(params, 'format') ?? '';
  const format = formatOf(raw, allowed);
  if (!format) throw new SearchInputError('invalid_format', `format must be one of ${allowed.join(', ')}`);
  return format;
}

/** The language of titles, names and permalinks in a reference (`lang`, the plan's by default). */
function langParam(params: URLSearchParams): Locale {
  const lang = one(params, 'lang') ?? SOURCE_LOCALE;
  if (!isLocale(lang)) throw new SearchInputError('invalid_lang', 'lang must be zh or en');
  return lang;
}

const today = () => new Date().toISOString().slice(0, 10);
const linker = (base: string, lang: Locale) => (id: string) => `${base}${localePath(lang, routes.permalink(id))}`;

/** `/api/p/{id}?format=ris|bibtex|csl-json[&lang=]`: null when no document has the id. */
export function paragraphDownload(id: string, params: URLSearchParams, base: string): Response | null {
  const format = formatParam(params, REFERENCE_FORMATS);
  const lang = langParam(params);
  const found = paragraph(id);
  if (!found) return null;
  const body = exportDocuments(format, [found.doc], { plan: found.plan, lang, accessed: today(), permalink: linker(base, lang) });
  return file(format, id, body);
}

/**
 * `/api/search?…&format=csv|ris|bibtex|json[&lang=]`: the hits of exactly the page the same request
 * answers (query, filters, order, `page` and `per` as the API reads them), in the API's order.
 * Headings offered as ways in (`sections`) and partial matches are not results and are left out,
 * except in JSON, which is the API's answer as it is.
 */
export async function searchDownload(params: URLSearchParams, base: string): Promise<Response> {
  const format = formatParam(params, RESULT_FORMATS);
  const lang = langParam(params);
  const request = parseSearchParams(params);
  const result = await search(request);
  const name = `plan-search-results-p${result.page}`;
  if (format === 'json') return file('json', name, JSON.stringify(result));
  const s = store();
  const docs = result.hits.map((h) => s.documents[s.byId.get(h.id)!]!);
  return file(format, name, exportDocuments(format, docs, { plan: mainPlan(), lang, accessed: today(), permalink: linker(base, lang) }));
}

/** Every document of the plan, for analysis: `documents.csv` and `documents.jsonl`. */
export function dataDownload(kind: 'csv' | 'jsonl', base: string): Response {
  const plan = mainPlan();
  const docs: PlanDocument[] = store().documents.filter((d) => d.doc === plan.id);
  const link = linker(base, SOURCE_LOCALE);
  const body = kind === 'csv' ? toCsv(DATA_COLUMNS, rowsOf(docs, DATA_COLUMNS, link)) : docs.map((d) => `${JSON.stringify(recordOf(d, link))}\n`).join('');
  return file(kind, `${plan.id}-documents`, body);
}

/** The main-indicator table as CSV. */
export function indicatorDownload(base: string): Response {
  return file('csv', `${mainPlan().id}-indicators`, indicatorCsv(indicators(), linker(base, SOURCE_LOCALE)));
}
