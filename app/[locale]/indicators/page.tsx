import { downloads, routes } from '@/lib/links/routes';
import { localePath } from '@/i18n/navigation';
import { localeOf } from '@/i18n/navigation';
import { LOCALES, SOURCE_LOCALE } from '@/i18n/routing';
import type { Metadata } from 'next';
import { socialMeta } from '@/lib/format/social';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { IndicatorChart } from '@/components/IndicatorChart';
import { IndicatorTable } from '@/components/IndicatorTable';
import { ErratumNote } from '@/components/ErratumNote';
import { tableTranslations } from '@/lib/format/table-translation';
import { titledLabel } from '@/lib/format/place';
import { indicators, origin } from '@/lib/site/portal';
import { alternates } from '@/lib/links/alternates';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOf((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const ti = await getTranslations({ locale, namespace: 'Indicators' });
  const title = t('indicatorsTitle');
  const description = ti('heading');
  return {
    ...socialMeta({ locale, siteName: t('siteName'), title, description }),
    alternates: alternates(await origin(), locale, (l) => localePath(l, routes.indicators())),
  };
}

export default async function IndicatorsPage({ params }: Props) {
  const locale = localeOf((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('Indicators');
  const td = await getTranslations('Downloads');
  const te = await getTranslations('Errata');
  const rows = indicators();
  const chapter = rows[0]?.chapter;
  // Other languages than the plan's read each cell in the project's translation, where it has one.
  const english = locale === SOURCE_LOCALE ? undefined : tableTranslations(rows, locale);
  const translated = new Map<string, string>();
  for (const r of rows) {
    for (const c of ['指标名称', '单位']) {
      const printed = r.table?.cells[r.table.columns.indexOf(c)];
      const en = english?.(r, c);
      if (printed && en) translated.set(printed, en);
    }
  }
  const term = (printed: string) => {
    const text = translated.get(printed);
    return text ? { text, lang: LOCALES[locale].html } : { text: printed, lang: LOCALES[SOURCE_LOCALE].html };
  };

  return (
    <div className={`${english ? 'max-w-6xl' : 'max-w-5xl'} space-y-8`}>
      <header className="max-w-3xl">
        <h1 className="mb-2 text-2xl font-bold leading-snug sm:text-3xl">{t('heading')}</h1>
        <p className="mb-2 text-stone-700">{t('intro')}</p>
        <p className="text-sm text-stone-600">{t('verbatim')}</p>
        {english && <p className="mt-1 text-sm font-medium text-stone-700">{t('translationNote')}</p>}
        <p className="mt-2 text-sm">
          <a href={downloads.dataset('indicators.csv')} download className="rounded border border-stone-400 bg-white px-2 py-0.5 font-medium text-sky-800 hover:bg-stone-100">
            {td('indicatorsCsv', { format: 'CSV' })}
          </a>
        </p>
        {chapter && rows[0] && (
          <p className="mt-2 text-sm">
            <a href={localePath(locale, routes.chapter(chapter.no, { anchor: rows[0].id }))} className="text-sky-800 underline underline-offset-2 hover:text-accent">
              {t('inChapter', { label: titledLabel('chapter', chapter, locale) })}
            </a>
          </p>
        )}
      </header>

      <IndicatorTable
        rows={rows}
        lang={locale}
        english={english}
        labels={{
          caption: t('caption'),
          headers: {
            序号: t('no'),
            类别: t('category'),
            指标名称: t('name'),
            单位: t('unit'),
            '2020年': t('y2020'),
            '2025年': t('y2025'),
            属性: t('attribute'),
            数据来源: t('source'),
          },
          attribute: { binding: t('binding'), expected: t('expected') },
          link: (no) => t('link', { no }),
          cell: { dash: t('empty'), empty: t('emptyCell'), inherited: t('inherited') },
          erratum: { mark: te('mark'), noteId: 'indicator-erratum' },
        }}
      />
      <ErratumNote rows={rows} lang={locale} id="indicator-erratum" className="-mt-6" />

      <section aria-labelledby="chart-heading" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
        <h2 id="chart-heading" className="mb-1 text-xl font-semibold">
          {t('chartHeading')}
        </h2>
        <p className="mb-4 text-sm text-stone-700">{t('chart')}</p>
        <IndicatorChart
          rows={rows}
          labels={{
            title: t('chartTitle'),
            desc: t('chart'),
            y2020: t('y2020'),
            y2025: t('y2025'),
            data: t('chartData'),
            term,
            row: (v) =>
              t.rich('chartRow', {
                ...v,
                name: term(v.name).text,
                unit: term(v.unit).text,
                n: (chunks: ReactNode) => <span lang={term(v.name).lang}>{chunks}</span>,
                u: (chunks: ReactNode) => <span lang={term(v.unit).lang}>{chunks}</span>,
              }),
            omitted: (count) => t('chartOmitted', { count }),
          }}
        />
      </section>
    </div>
  );
}
