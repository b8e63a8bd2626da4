import { routes } from '@/lib/links/routes';
import { localePath } from '@/i18n/navigation';
import { SOURCE_LOCALE, type Locale } from '@/i18n/routing';
import { translator } from '@/i18n/translator';
import { ExportMenu } from './ExportMenu';
import { FacetPanel } from './FacetPanel';
import { Pagination } from './Pagination';
import { ResultCard } from './ResultCard';
import { ResultKeys } from './ResultKeys';
import { SectionLine } from './SectionLine';
import { SearchWayOut } from './SearchWayOut';
import { SearchBox } from './SearchBox';
import { levelLabel } from '@/lib/format/place';
import { searchHref, searchParamsOf, toggleFacet, withoutFilters } from '@/lib/links/search-url';
import { compareHref } from '@/lib/links/compare-url';
import type { SearchPageModel } from '@/lib/site/search-page';

/**
 * A search page below the site's header: the search box, then (replaced by live results as the
 * visitor types, browser/live-results.ts) the active filters, the facets, the hits and the pages.
 * Synchronous and free of Next's request scope: Next's page and the production server's own search
 * pages (server/own-pages.tsx) render this same component.
 */
export function SearchPage({ locale, origin, model }: { locale: Locale; origin: string; model: SearchPageModel }) {
  const { state, result, error } = model;
  const t = translator(locale, 'SearchPage');
  const tf = translator(locale, 'Facets');
  const tb = translator(locale, 'SearchBox');
  const tp = translator(locale, 'Pagination');
  const td = translator(locale, 'Downloads');
  const tc = translator(locale, 'Compare');
  const tk = translator(locale, 'SkipLinks');
  const filters = searchParamsOf({ ...state, q: '', page: 1 });
  const hl = result?.query.terms.join(' ') ?? '';

  const labelOf = (facet: 'chapter' | 'district' | 'topic', value: string) => {
    const v = result?.facets[facet].find((x) => x.value === value);
    if (facet === 'chapter') return `${levelLabel('chapter', Number(value), locale)}${v ? ` ${v[locale]}` : ''}`;
    return v ? v[locale] : value;
  };
  const active = (['chapter', 'district', 'topic'] as const).flatMap((f) => state[f].map((v) => ({ f, v, label: labelOf(f, v) })));
  const pages = result ? Math.max(1, Math.ceil(result.total / result.per)) : 1;
  const pastEnd = !!result && result.total > 0 && state.page > pages;
  // Nothing to filter by (a query of only punctuation): no filter panel, no heading over nothing.
  const filterable = !!result && result.facets.chapter.length + result.facets.district.length + result.facets.topic.length > 0;
  const facetLabels = {
    heading: tf('heading'),
    names: { chapter: tf('chapter'), district: tf('district'), topic: tf('topic') },
    count: (n: number) => tf('count', { count: n }),
    more: (n: number) => tf('more', { count: n }),
  };

  return (
    <div>
      <h1 className="sr-only">{t('heading')}</h1>
      <div className="mb-4 max-w-3xl">
        <SearchBox
          action={localePath(locale, routes.search())}
          defaultValue={state.q}
          keep={filters}
          live
          labels={{ label: tb('label'), placeholder: tb('placeholder'), submit: tb('submit'), hint: tb('hint') }}
        />
        {/* Comparing a query across districts is offered only where the query finds something. Live results (browser/live-results.ts) replace this line and everything below the box. */}
        <div data-live-region="compare">
          {(!state.q || (result !== null && result.total > 0)) && (
            <p className="mt-1 text-sm">
              <a href={compareHref(locale, { view: 'topics', q: state.q })} className="text-sky-800 underline" data-compare-link>
                {state.q ? tc('searchLinkQuery', { q: state.q }) : tc('searchLink')}
              </a>
            </p>
          )}
        </div>
      </div>

      <div data-live-region="results">
        {error && <SearchWayOut end={{ kind: 'refused', code: error.code, filters: error.filters }} state={state} lang={locale} />}

        {result && active.length > 0 && (
          <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
            <span className="text-stone-700">{t('activeFilters')}:</span>
            {active.map(({ f, v, label }) => (
              <a
                key={`${f}=${v}`}
                href={searchHref(locale, toggleFacet(state, f, v))}
                aria-label={t('removeFilter', { label })}
                className="rounded-full border border-stone-400 bg-white px-3 py-0.5 hover:bg-stone-100"
              >
                {label} <span aria-hidden="true">×</span>
              </a>
            ))}
            <a href={searchHref(locale, withoutFilters(state))} className="text-sky-800 underline">
              {t('clearFilters')}
            </a>
          </div>
        )}

        {!result && !error && <p className="text-stone-700">{t('emptyQuery')}</p>}

        {result && (
          <div className={`grid gap-6 ${filterable ? 'lg:grid-cols-[16rem_1fr]' : ''}`}>
            {/* Some forty filter links come before the first hit: keyboard users may pass them by. */}
            <a
              href="#results"
              className="sr-only focus:not-sr-only focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:font-medium focus:text-sky-800 focus:underline focus:ring-2 focus:ring-sky-700 lg:col-span-2"
            >
              {tk('results')}
            </a>
            {/* Narrow screens: the filters open from the top of the results instead of sitting below them all. */}
            <details className={`rounded-lg border border-stone-300 bg-white lg:hidden ${filterable ? '' : 'hidden'}`} data-filters="narrow">
              <summary className="cursor-pointer px-3 py-2 font-medium text-stone-800">{tf('open', { count: active.length })}</summary>
              <div className="border-t border-stone-200 px-3 pt-3">
                <FacetPanel facets={result.facets} state={state} lang={locale} labels={facetLabels} idPrefix="narrow-" heading={false} />
              </div>
            </details>
            <aside className={filterable ? 'hidden lg:block' : 'hidden'} data-filters="wide">
              <FacetPanel facets={result.facets} state={state} lang={locale} labels={facetLabels} />
            </aside>
            <section id="results" tabIndex={-1} aria-labelledby="results-heading" className="min-w-0 focus:outline-none">
              <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
                  {t('results', { total: result.total })} <span className="text-sm font-normal text-stone-600">{t('took', { ms: result.tookMs })}</span>
                </h2>
                <div className="flex flex-wrap gap-x-5 gap-y-1">
                  {result.hits.length > 0 && <ResultKeys lang={locale} />}
                  {locale !== SOURCE_LOCALE && (
                    <nav aria-label={t('textLabel')} className="flex gap-2 text-sm" data-text-toggle>
                      {([false, true] as const).map((original) => (
                        <a
                          key={String(original)}
                          href={searchHref(locale, { ...state, original })}
                          aria-current={state.original === original ? 'true' : undefined}
                          className={state.original === original ? 'font-semibold text-stone-900' : 'text-sky-800 underline'}
                        >
                          {original ? t('textOriginal') : t('textParallel')}
                        </a>
                      ))}
                    </nav>
                  )}
                  {result.total > 0 && (
                    <ExportMenu
                      query={searchParamsOf({ ...state, page: 1, original: false })}
                      total={result.total}
                      lang={locale}
                      dataHref={localePath(locale, routes.data())}
                      labels={{
                        summary: td('exportResults'),
                        note: td('exportNote'),
                        range: (from, to) => td('exportRange', { from, to, single: String(from === to) }),
                        link: (format, from, to) => td('exportLink', { format, from, to, single: String(from === to) }),
                        data: td('wholePlan'),
                      }}
                    />
                  )}
                  <nav aria-label={t('sortLabel')} className="flex gap-2 text-sm">
                    {(['relevance', 'order'] as const).map((s) => (
                      <a
                        key={s}
                        href={searchHref(locale, { ...state, sort: s, page: 1 })}
                        aria-current={state.sort === s ? 'true' : undefined}
                        className={state.sort === s ? 'font-semibold text-stone-900' : 'text-sky-800 underline'}
                      >
                        {s === 'relevance' ? t('sortRelevance') : t('sortOrder')}
                      </a>
                    ))}
                  </nav>
                </div>
              </div>
              {(result.query.expanded || result.query.excluded.length > 0) && result.query.terms.length > 0 && (
                <p className="mb-2 text-sm text-stone-700">
                  {t('searchedFor', {
                    terms: result.query.terms
                      .map((term, k) => (result.query.inputs[k] && result.query.inputs[k] !== term ? `${term} (${result.query.inputs[k]})` : term))
                      .join(' '),
                  })}
                  {result.query.excluded.length > 0 && ` · ${t('excluded', { terms: result.query.excluded.join(' ') })}`}
                </p>
              )}
              {result.query.suggestion && (
                <p className="mb-2 text-base">
                  <a className="font-medium text-sky-800 underline" href={searchHref(locale, { ...state, q: result.query.suggestion, page: 1 })}>
                    {t('didYouMean', { q: result.query.suggestion })}
                  </a>
                </p>
              )}
              {result.query.relaxed && <p className="mb-2 rounded bg-amber-50 p-2 text-sm text-amber-900">{t('relaxed')}</p>}
              {result.sections && <SectionLine sections={result.sections} lang={locale} hl={hl} label={t('sectionsLabel')} />}

              {pastEnd && (
                <p role="status" className="mb-3 rounded border border-amber-300 bg-amber-50 p-3 text-amber-950">
                  {t('pastEnd', { page: state.page, pages })}{' '}
                  <a className="font-medium text-sky-800 underline" href={searchHref(locale, { ...state, page: pages })}>
                    {t('lastPage', { page: pages })}
                  </a>
                </p>
              )}
              {result.total === 0 && !result.partial ? (
                <SearchWayOut end={{ kind: 'nothing', terms: result.query.terms, excluded: result.query.excluded, active }} state={state} lang={locale} />
              ) : (
                <ol className="space-y-3">
                  {result.hits.map((h) => (
                    <li key={h.id}>
                      <ResultCard hit={h} lang={locale} origin={origin} hl={hl} state={state} />
                    </li>
                  ))}
                </ol>
              )}
              {result.partial && (
                <section aria-labelledby="partial-heading" className="mt-6" data-partial>
                  <h3 id="partial-heading" className="text-base font-semibold text-stone-800">
                    {t('partialHeading')}
                  </h3>
                  <p className="mb-3 text-sm text-stone-600">{t('partialNote', { count: result.partial.total })}</p>
                  <ol className="space-y-3">
                    {result.partial.hits.map((h) => (
                      <li key={h.id}>
                        <ResultCard hit={h} lang={locale} origin={origin} hl={hl} state={state} level={4} />
                      </li>
                    ))}
                  </ol>
                </section>
              )}
              <Pagination
                state={state}
                total={result.total}
                per={result.per}
                lang={locale}
                labels={{ label: tp('label'), previous: tp('previous'), next: tp('next'), page: (n) => tp('page', { page: n, pages }) }}
              />
            </section>
          </div>
        )}
      </div>
    </div>
  );
}
