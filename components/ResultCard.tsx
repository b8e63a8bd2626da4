import { routes } from '@/lib/links/routes';
import { localePath } from '@/i18n/navigation';
import { type Locale, LOCALES, SOURCE_LOCALE } from '@/i18n/routing';
import { translator } from '@/i18n/translator';
import { searchHref, toggleFacet, type SearchState } from '@/lib/links/search-url';
import type { Hit } from '@/lib/search/types';
import { Breadcrumb } from './Breadcrumb';
import { IndicatorValues } from './IndicatorValues';
import { Tags } from './Tags';
import { selectKey } from '@/lib/format/select-key';
import { quoteClip } from '@/lib/format/citation';
import { locator, placeLine } from '@/lib/format/place';
import { planFor } from '@/lib/site/plan-data';
import { CopyQuote } from './CopyQuote';
import { readText } from '@/lib/format/wrapped';

/**
 * One hit: kind, place in the plan, the highlighted snippet (an indicator's values, labelled), tags,
 * "copy quote" and the permalink. In another language than the plan's, the snippet of the translation
 * leads and the original's follows, unless the reader asked for the original only. The card carries
 * what the results page's keys need (ResultKeys): where Enter goes, and (in its quote button) the source `c` copies.
 */
export function ResultCard({ hit, lang, origin, hl, state, level = 3 }: { hit: Hit; lang: Locale; origin: string; hl: string; state: SearchState; level?: 3 | 4 }) {
  const t = translator(lang, 'Result');
  const tc = translator(lang, 'Citation');
  const tq = translator(lang, 'Quote');
  const tp = translator(lang, 'Paragraph');
  const href = localePath(lang, routes.permalink(hit.id, hl || undefined));
  const url = `${origin}${localePath(lang, routes.permalink(hit.id))}`;
  const quoted = quoteClip({ doc: hit, plan: planFor(hit.doc), url, lang }, { translation: tc('unofficial'), untranslated: tc('original'), original: tq('original') });
  const parallel = lang !== SOURCE_LOCALE && !state.original;
  const translation = parallel ? hit.translationHighlights?.[lang] : undefined;
  const Heading = level === 3 ? 'h3' : 'h4';
  /* The highlights are escaped text with <mark> tags only (lib/search/highlight.ts). */
  const original = (
    <p
      lang="zh-CN"
      className={`whitespace-pre-line leading-relaxed ${translation ? 'mt-2 border-l-2 border-stone-200 pl-3 text-sm text-stone-700' : ''}`}
      dangerouslySetInnerHTML={{ __html: readText(hit, hit.highlight) }}
    />
  );
  return (
    <article
      data-hit
      data-href={href}
      data-hit-label={placeLine(hit, lang, 'chapter') || locator(hit, lang) || t('front')}
      data-quote-scope={hit.id}
      tabIndex={-1}
      className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700"
    >
      {/* Each hit opens with a heading (its kind and place), so that a screen reader can move from hit to hit. */}
      <Heading className="mb-1 flex flex-wrap items-baseline gap-x-2 text-base font-normal">
        <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">{t('kind', { kind: selectKey(hit.kind) })}</span>
        {hit.part || hit.chapter ? <Breadcrumb doc={hit} lang={lang} label={t('place')} inline /> : <span className="text-xs text-stone-600">{t('front')}</span>}
      </Heading>
      {hit.kind === 'indicator' && hit.table ? (
        <IndicatorValues doc={hit} lang={lang} hl={hl} original={!parallel} />
      ) : translation ? (
        <div>
          <p lang={LOCALES[lang].html} className="whitespace-pre-line leading-relaxed" data-translation={lang} dangerouslySetInnerHTML={{ __html: translation }} />
          <p className="mt-0.5 text-xs text-stone-500">{t('unofficial')}</p>
          {original}
        </div>
      ) : (
        <>
          {original}
          {parallel && <p className="mt-1 text-xs text-stone-500">{t('untranslated')}</p>}
        </>
      )}
      {hit.truncated && <p className="mt-1 text-xs text-accent">{t('truncated')}</p>}
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
        {/* A tag adds its filter to the current search, query kept. */}
        <Tags
          districts={hit.districts}
          topics={hit.topics}
          lang={lang}
          label={t('tags')}
          hrefFor={(facet, id) => searchHref(lang, state[facet].includes(id) ? { ...state, page: 1 } : toggleFacet(state, facet, id))}
        />
        <span className="flex flex-wrap items-center gap-3">
          <CopyQuote
            scope={hit.id}
            whole={quoted.excerpt}
            source={quoted.source}
            labelFor={quoted.labelFor}
            labels={{ label: tq('copy'), done: tp('copied'), manual: tp('copyManual') }}
          />
          <a href={href} className="text-sm font-medium text-sky-800 underline-offset-2 hover:underline">
            {t('permalink')} <span className="font-mono text-xs text-stone-600">{hit.id}</span>
          </a>
        </span>
      </div>
    </article>
  );
}
