import { translator } from '@/i18n/translator';
import { localePath } from '@/i18n/navigation';
import { type Locale } from '@/i18n/routing';
import { levelLabel } from '@/lib/format/place';
import { routes } from '@/lib/links/routes';
import { searchHref, toggleFacet, withoutFilters, type FacetName, type SearchState } from '@/lib/links/search-url';
import { EXAMPLE_QUERIES } from '@/lib/links/examples';
import type { BadFilter } from '@/lib/search/types';

/** How much of a long query is quoted back, and how much of it a "search its first words" link keeps. */
const QUOTED = 60;
const FIRST_WORDS = 80;

const shorten = (q: string, max: number) => {
  const s = q.trim().replace(/\s+/g, ' ');
  if (s.length <= max) return s;
  // Cut at a space where there is one near the limit, else anywhere (Chinese has none).
  const cut = s.lastIndexOf(' ', max);
  return s.slice(0, cut > max / 2 ? cut : max);
};

export type DeadEnd =
  /** The search ran and found nothing; `terms` and `excluded` are the words it read (none: only punctuation or symbols). */
  | { kind: 'nothing'; terms: string[]; excluded: string[]; active: { f: FacetName; v: string; label: string }[] }
  /** The request could not be run: a query too long, or filter values that name nothing. */
  | { kind: 'refused'; code: string; filters: BadFilter[] };

/**
 * A search that leads nowhere says what happened and offers a way on: remove a filter, search one
 * word, search the first words of a long query, an example search, the chapters. Never an empty list.
 */
export function SearchWayOut({ end, state, lang }: { end: DeadEnd; state: SearchState; lang: Locale }) {
  const t = translator(lang, 'SearchWayOut');
  const ts = translator(lang, 'SearchPage');
  const q = state.q.trim();
  const ways: { key: string; href: string; text: string }[] = [];
  let leads: string[];
  const firstWords = () => {
    const first = shorten(q, FIRST_WORDS);
    return { key: 'first', href: searchHref(lang, { ...state, q: first, page: 1 }), text: t('firstWords', { q: first }) };
  };

  if (end.kind === 'nothing') {
    const words = end.terms.length + end.excluded.length > 0;
    leads = [!q || words ? ts('noResults') : t('noWords', { q: shorten(q, QUOTED) })];
    for (const { f, v, label } of end.active) ways.push({ key: `${f}=${v}`, href: searchHref(lang, toggleFacet(state, f, v)), text: ts('dropFilter', { label }) });
    if (end.terms.length > 1)
      for (const term of end.terms) {
        const word = term.split('/')[0]!;
        ways.push({ key: `term=${term}`, href: searchHref(lang, { ...state, q: word, page: 1 }), text: ts('tryTerm', { term: word }) });
      }
    if (words && q.length > FIRST_WORDS) ways.push(firstWords());
  } else if (end.code === 'query_too_long') {
    leads = [t('tooLong', { count: q.length })];
    ways.push(firstWords());
  } else {
    const label = (b: BadFilter) => (b.facet === 'chapter' && /^\d+$/.test(b.value) ? levelLabel('chapter', Number(b.value), lang) : b.value);
    leads = end.filters.length > 0 ? end.filters.map((b) => t('badFilter', { facet: b.facet, value: b.value.slice(0, QUOTED) })) : [ts('errorReason', { code: end.code })];
    for (const b of end.filters)
      ways.push({ key: `${b.facet}=${b.value}`, href: searchHref(lang, toggleFacet(state, b.facet, b.value)), text: ts('dropFilter', { label: label(b).slice(0, QUOTED) }) });
    if (state.chapter.length + state.district.length + state.topic.length > end.filters.length)
      ways.push({ key: 'clear', href: searchHref(lang, withoutFilters(state)), text: ts('clearFilters') });
  }
  // Always somewhere to go: an example search that finds something, and the plan itself.
  for (const example of EXAMPLE_QUERIES.slice(0, 2))
    ways.push({ key: `example=${example}`, href: searchHref(lang, { ...withoutFilters(state), q: example }), text: t('example', { q: example }) });
  ways.push({ key: 'chapters', href: localePath(lang, routes.chapter(1)), text: t('browse') });

  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4" data-way-out>
      {/* What went wrong is announced; the ways out follow it. */}
      <div role={end.kind === 'refused' ? 'alert' : undefined}>
        {leads.map((lead) => (
          <p key={lead} className="mb-2 font-medium [overflow-wrap:anywhere]">
            {lead}
          </p>
        ))}
      </div>
      <h3 className="text-sm font-semibold">{ts('suggestions')}</h3>
      <ul className="list-inside list-disc text-sm">
        {ways.map((w) => (
          <li key={w.key}>
            <a className="text-sky-800 underline [overflow-wrap:anywhere]" href={w.href}>
              {w.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
