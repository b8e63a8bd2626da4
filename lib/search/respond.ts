/** Reshape: engine results → the API's response (DESIGN.md), the same for every engine. */
import { localePath } from '../../i18n/navigation';
import { routing } from '../../i18n/routing';
import type { PlanDocument } from '../plan/model';
import { routes } from '../links/routes';
import type { EnglishPhrase } from './english';
import { englishMarks } from './english-marks';
import { highlight, highlightEnglish } from './highlight';
import { displayTerms, parseQuery, type ParsedQuery } from './query';
import type { Facets, Hit, SearchRequest, SearchResponse } from './types';

/** Every form a term may take in the text, for marking. */
const needlesOf = (parsed: ParsedQuery) => parsed.terms.flatMap((t) => t.alternatives);

/** The terms to mark on a page reached from a search (`?hl=…`); anything but a short string marks nothing. */
export const needlesForHl = (hl: unknown): string[] => (typeof hl === 'string' && hl.length <= 200 ? needlesOf(parseQuery(hl)) : []);

/** The same terms as they read in the English text (`?hl=滇池` marks "Dianchi Lake"). */
export const englishMarksForHl = (hl: unknown): EnglishPhrase[] => (typeof hl === 'string' && hl.length <= 200 ? englishMarks(parseQuery(hl)) : []);

function toHit(d: PlanDocument, needles: string[], english: EnglishPhrase[]): Hit {
  const hit: Hit = {
    id: d.id,
    doc: d.doc,
    url: localePath(routing.defaultLocale, routes.permalink(d.id)),
    kind: d.kind,
    text: d.text,
    highlight: highlight(d.text, needles),
    part: d.part,
    chapter: d.chapter,
    section: d.section,
    box: d.box,
    districts: d.districts,
    topics: d.topics,
  };
  if (d.truncated) hit.truncated = true;
  // Table rows carry their cells, so a hit can show each value with its column's name.
  if (d.table) hit.table = d.table;
  if (d.translations) hit.translations = d.translations;
  if (d.translations?.en) hit.translationHighlights = { en: highlightEnglish(d.translations.en, english) };
  return hit;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function buildResponse(a: {
  req: SearchRequest;
  parsed: ParsedQuery;
  engine: string;
  total: number;
  facets: Facets;
  candidates: PlanDocument[];
  relaxed: boolean;
  t0: number;
  partial?: { total: number; documents: PlanDocument[] };
  sections?: PlanDocument[];
}): SearchResponse {
  const needles = needlesOf(a.parsed);
  const english = englishMarks(a.parsed);
  return {
    query: {
      q: a.req.q,
      terms: displayTerms(a.parsed),
      inputs: a.parsed.terms.map((t) => t.input),
      excluded: a.parsed.excluded.map((t) => t.alternatives[0]!),
      expanded: a.parsed.expanded,
      relaxed: a.relaxed,
    },
    engine: a.engine,
    total: a.total,
    page: a.req.page,
    per: a.req.per,
    tookMs: round(performance.now() - a.t0),
    hits: a.candidates.map((d) => toHit(d, needles, english)),
    facets: a.facets,
    ...(a.partial && a.partial.total > 0 ? { partial: { total: a.partial.total, hits: a.partial.documents.map((d) => toHit(d, needles, english)) } } : {}),
    ...(a.sections?.length ? { sections: a.sections.map((d) => toHit(d, needles, english)) } : {}),
  };
}

/** Every hit as the page lists them: the matches, then the paragraphs holding only some of the words. */
export const shownHits = (r: SearchResponse): Hit[] => [...r.hits, ...(r.partial?.hits ?? [])];

/** Everything the page offers: the hits as listed, and the headings of the line above them. */
export const offered = (r: SearchResponse): Hit[] => [...shownHits(r), ...(r.sections ?? [])];

export function emptyResponse(req: SearchRequest, parsed: ParsedQuery, engine: string, t0: number): SearchResponse {
  return buildResponse({ req, parsed, engine, total: 0, facets: { chapter: [], district: [], topic: [] }, candidates: [], relaxed: false, t0 });
}
