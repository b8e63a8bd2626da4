import { localeOf } from '@/i18n/navigation';
import { SOURCE_LOCALE } from '@/i18n/routing';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CompareTable } from '@/components/CompareTable';
import { socialMeta } from '@/lib/format/social';
import { selectKey } from '@/lib/format/select-key';
import { compareCsvHref, compareHref, type CompareState } from '@/lib/links/compare-url';
import { COMPARE_VIEWS, parseView, type CompareView, type Matrix } from '@/lib/search/compare';
import { isSearchInputError } from '@/lib/search/types';
import { compare, origin } from '@/lib/site/portal';
import { alternates } from '@/lib/links/alternates';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = localeOf((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const tc = await getTranslations({ locale, namespace: 'Compare' });
  const sp = await searchParams;
  const view = validView(sp.view);
  return {
    ...socialMeta({ locale, siteName: t('siteName'), title: tc('title'), description: tc('description') }),
    // One address per table for crawlers: the tables without a query (a view that does not exist is none).
    ...(sp.q || !view ? { robots: { index: false } } : { alternates: alternates(await origin(), locale, (l) => compareHref(l, { view, q: '' })) }),
  };
}

function validView(raw: string | string[] | undefined): CompareView | null {
  try {
    return parseView(raw);
  } catch {
    return null;
  }
}

async function run(sp: Awaited<Props['searchParams']>): Promise<{ view: CompareView; matrix: Matrix | null; error: string | null }> {
  try {
    const view = parseView(sp.view);
    return { view, matrix: await compare(view, sp.q), error: null };
  } catch (e) {
    if (isSearchInputError(e)) return { view: 'topics', matrix: null, error: selectKey(e.code) };
    throw e;
  }
}

export default async function ComparePage({ params, searchParams }: Props) {
  const locale = localeOf((await params).locale);
  setRequestLocale(locale);
  const sp = await searchParams;
  const t = await getTranslations('Compare');
  const { view, matrix, error } = await run(sp);
  const state: CompareState = { view, q: matrix?.q ?? (typeof sp.q === 'string' ? sp.q : '') };
  const viewName = (v: CompareView) => (v === 'topics' ? t('viewTopics') : t('viewChapters'));
  const caption = !matrix
    ? ''
    : view === 'topics'
      ? state.q
        ? t('captionTopicsQuery', { q: state.q })
        : t('captionTopics')
      : state.q
        ? t('captionChaptersQuery', { q: state.q })
        : t('captionChapters');

  return (
    <div className="space-y-5">
      <header className="max-w-3xl">
        <h1 className="mb-2 text-2xl font-bold leading-snug sm:text-3xl">{t('title')}</h1>
        <p className="mb-1 text-stone-700">{t('intro')}</p>
        <p className="text-sm text-stone-600">{t('multiple')}</p>
        {locale !== SOURCE_LOCALE && <p className="mt-1 text-sm font-medium text-stone-700">{t('translationNote')}</p>}
      </header>

      <nav aria-label={t('viewLabel')} className="flex flex-wrap gap-2">
        {COMPARE_VIEWS.map((v) => (
          <a
            key={v}
            href={compareHref(locale, { ...state, view: v })}
            aria-current={v === view ? 'page' : undefined}
            className={
              v === view
                ? 'rounded-full border border-stone-900 bg-stone-900 px-3 py-1 text-sm font-semibold text-white'
                : 'rounded-full border border-stone-400 bg-white px-3 py-1 text-sm text-sky-800 underline-offset-2 hover:underline'
            }
          >
            {viewName(v)}
          </a>
        ))}
      </nav>

      {/* A GET form: the table is a pure function of its address, with or without JavaScript. */}
      <form action={compareHref(locale, { view, q: '' })} method="get" role="search" className="max-w-3xl">
        <label htmlFor="compare-q" className="mb-1 block font-medium">
          {t('queryLabel')}
        </label>
        {view !== 'topics' && <input type="hidden" name="view" value={view} />}
        <div className="flex gap-2">
          <input
            id="compare-q"
            name="q"
            type="search"
            defaultValue={state.q}
            aria-describedby="compare-q-hint"
            className="min-w-0 flex-1 rounded border border-stone-400 bg-white px-3 py-2 text-base"
          />
          <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent-dark">
            {t('submit')}
          </button>
        </div>
        <p id="compare-q-hint" className="mt-1 text-sm text-stone-600">
          {t('queryHint')}
          {state.q && (
            <>
              {' '}
              <a href={compareHref(locale, { view, q: '' })} className="text-sky-800 underline">
                {t('clear')}
              </a>
            </>
          )}
        </p>
      </form>

      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {t('errorReason', { code: error })}
        </p>
      )}

      {matrix && (
        <section aria-labelledby="compare-view-heading" className="space-y-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="compare-view-heading" className="text-xl font-semibold">
              {viewName(view)}
            </h2>
            <a href={compareCsvHref(state)} download className="text-sm text-sky-800 underline" data-csv>
              {t('csv')}
            </a>
          </div>
          {state.q && matrix.totals.every((n) => n === 0) && (
            <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-950">
              {t('empty', { q: state.q })}
            </p>
          )}
          <CompareTable
            id="compare-table"
            matrix={matrix}
            lang={locale}
            labels={{
              caption,
              corner: view === 'topics' ? t('district') : t('chapter'),
              totals: view === 'topics' ? t('allTopics') : t('wholePlan'),
              cell: (row, column, count) => t('cell', { row, column, count }),
              scrollHint: t('scrollHint'),
              keysHint: t('keysHint'),
              skip: t('skipTable'),
              legend: t('legend'),
              range: (from, to) => (from === to ? t('legendOne', { from }) : t('legendRange', { from, to })),
            }}
          />
        </section>
      )}
    </div>
  );
}
