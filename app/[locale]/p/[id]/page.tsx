import { downloads, routes } from '@/lib/links/routes';
import { localePath } from '@/i18n/navigation';
import { localeOf } from '@/i18n/navigation';
import { type Locale, LOCALES, SOURCE_LOCALE } from '@/i18n/routing';
import type { Metadata } from 'next';
import { socialMeta } from '@/lib/format/social';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/Breadcrumb';
import { CopyButton } from '@/components/CopyButton';
import { ContextEntry } from '@/components/ContextEntry';
import { CopyQuote } from '@/components/CopyQuote';
import { ErratumNote } from '@/components/ErratumNote';
import { ParallelText } from '@/components/ParallelText';
import { Tags } from '@/components/Tags';
import { cite, CITATION_STYLES, quoteClip } from '@/lib/format/citation';
import { embedSnippet } from '@/lib/format/embed';
import { FORMAT_NAMES, REFERENCE_FORMATS } from '@/lib/format/download';
import { highwireTags } from '@/lib/format/highwire';
import { referenceOf } from '@/lib/format/reference';
import { isDocumentId } from '@/lib/plan/ids';
import { selectKey } from '@/lib/format/select-key';
import { locator, placeLine } from '@/lib/format/place';
import { rowTranslation } from '@/lib/format/table-translation';
import { readText } from '@/lib/format/wrapped';
import { HEIGHT, WIDTH } from '@/lib/share/draw';
import { origin, paragraph, tableRows } from '@/lib/site/portal';
import { alternates } from '@/lib/links/alternates';
import { englishMarksForHl, needlesForHl } from '@/lib/search/respond';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function load(id: string) {
  return isDocumentId(id) ? paragraph(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, id } = await params;
  const locale = localeOf(segment);
  const found = load(id);
  if (!found) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const place = placeLine(found.doc, locale, 'chapter') || found.plan.title[locale];
  const links = alternates(await origin(), locale, (l) => localePath(l, routes.permalink(id)));
  const url = links.canonical;
  // English readers get the place and the plan's English title, not Chinese they cannot read.
  const description = locale === SOURCE_LOCALE ? readText(found.doc, found.doc.text).replace(/\s+/g, ' ').slice(0, 160) : `${place} — ${found.plan.title[locale]}`;
  const image = {
    url: `${await origin()}${localePath(locale, routes.shareImage(id))}`,
    width: WIDTH,
    height: HEIGHT,
    alt: t('shareImageAlt', { place: locator(found.doc, locale) || place, site: t('siteName') }),
  };
  return {
    ...socialMeta({ locale, siteName: t('siteName'), title: place, description, type: 'article', url, image }),
    alternates: {
      ...links,
      types: { 'application/json+oembed': [{ url: `/api/oembed?url=${encodeURIComponent(url)}`, title: place }] },
    },
    // What Zotero, Mendeley and Google Scholar read (lib/format/highwire.ts says which item it makes).
    other: highwireTags(referenceOf({ doc: found.doc, plan: found.plan, url, accessed: new Date().toISOString().slice(0, 10), lang: locale })),
  };
}

export default async function ParagraphPage({ params, searchParams }: Props) {
  const { locale: segment, id } = await params;
  const locale = localeOf(segment);
  setRequestLocale(locale);
  const found = load(id);
  if (!found) notFound();
  const { doc, before, after, plan } = found;
  const t = await getTranslations('Paragraph');
  const tr = await getTranslations('Result');
  const tc = await getTranslations('Citation');
  const td = await getTranslations('Downloads');
  const tq = await getTranslations('Quote');
  const tt = await getTranslations('Translation');
  const tp = await getTranslations('Print');
  const hl = (await searchParams).hl;
  const needles = needlesForHl(hl);
  const base = await origin();
  const url = `${base}${localePath(locale, routes.permalink(id))}`;
  const accessed = new Date().toISOString().slice(0, 10);
  // A part's introduction is shown on the page of the part's first chapter.
  const chapterNo = doc.chapter?.no ?? plan.parts.find((p) => p.no === doc.part?.no)?.chapters[0]?.no;
  const chapterHref = chapterNo ? localePath(locale, routes.chapter(chapterNo, { anchor: id, hl: needles.length > 0 ? (hl as string) : undefined })) : null;
  const place = placeLine(doc, locale, 'chapter') || plan.title[locale];
  // A table row's cells in translation, merged cells taken from the rows they span.
  const translationLocale = locale !== SOURCE_LOCALE ? locale : (Object.keys(LOCALES) as Locale[]).find((l) => l !== SOURCE_LOCALE)!;
  const cellsOf = (d: typeof doc) => (d.table ? rowTranslation(tableRows(d), d, translationLocale) : null);
  // English and Chinese side by side want the page's width; the rest reads in a column.
  const wide = locale !== SOURCE_LOCALE && doc.kind !== 'heading' && !!doc.translations?.[locale];
  // Printed, the page is the text, its place, one citation and the link (app/globals.css).
  const printed = locale === SOURCE_LOCALE ? 'gbt7714' : 'apa';
  const quoted = quoteClip({ doc, plan, url, lang: locale, cells: cellsOf(doc) }, { translation: tc('unofficial'), untranslated: tc('original'), original: tq('original') });

  return (
    <article className={`${wide ? 'max-w-6xl' : 'max-w-3xl'} space-y-6`}>
      <header className="space-y-2">
        <Breadcrumb doc={doc} lang={locale} label={tr('place')} />
        <h1 className="text-xl font-semibold">{place}</h1>
        <p className="text-xs text-stone-600">
          <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-stone-700">{tr('kind', { kind: selectKey(doc.kind) })}</span>
          <span>{t('sourceLines', { from: doc.lines[0], to: doc.lines[1], same: String(doc.lines[0] === doc.lines[1]) })}</span> · <span className="font-mono">{doc.id}</span>
        </p>
      </header>

      <section aria-label={place} data-quote-scope={doc.id} className="rounded-lg border-l-4 border-accent bg-white p-5 shadow-sm">
        <ParallelText
          doc={doc}
          needles={needles}
          marks={englishMarksForHl(hl)}
          locale={locale}
          labels={{ translation: t('unofficialTranslation'), original: t('original'), offer: t('offerTranslation'), untranslated: tt('paragraph') }}
          className="text-lg leading-loose print:text-base print:leading-relaxed"
          cells={cellsOf(doc)}
        />
        {doc.truncated && <p className="mt-2 text-sm text-accent">{t('truncatedNote')}</p>}
        <ErratumNote rows={[doc]} lang={locale} className="mt-3" />
        <p className="hidden print:mt-3 print:block print:text-sm" data-print-link>
          {tp('link', { url })}
        </p>
        <div className="mt-3 print:hidden">
          <Tags districts={doc.districts} topics={doc.topics} lang={locale} label={t('tags')} />
        </div>
      </section>

      <div className="flex flex-wrap gap-2 print:hidden">
        <CopyQuote
          scope={doc.id}
          whole={quoted.excerpt}
          source={quoted.source}
          labelFor={quoted.labelFor}
          labels={{ label: tq('copy'), done: t('copied'), manual: t('copyManual') }}
        />
        <CopyButton text={url} labels={{ label: t('copyLink'), done: t('copied'), manual: t('copyManual') }} />
        {chapterHref && (
          <a href={chapterHref} className="rounded border border-stone-400 bg-white px-2 py-1 text-sm text-stone-800 hover:bg-stone-100">
            {t('openInChapter')}
          </a>
        )}
      </div>

      {(before.length > 0 || after.length > 0) && (
        <section aria-labelledby="context-heading" className="print:hidden">
          <h2 id="context-heading" className="mb-2 text-base font-semibold">
            {t('context')}
          </h2>
          {wide && <p className="mb-2 text-xs font-medium text-stone-600">{tt('context')}</p>}
          <ol className="space-y-2 text-sm text-stone-700">
            {[...before, doc, ...after].map((d) => (
              <li key={d.id} className={d.id === doc.id ? 'rounded bg-amber-50 p-2 text-stone-900' : 'p-2'}>
                {d.id === doc.id ? (
                  <ContextEntry doc={d} needles={needles} lang={locale} cells={cellsOf(d)} untranslated={tt('short')} />
                ) : (
                  <a href={localePath(locale, routes.permalink(d.id))} className="block hover:text-accent">
                    <ContextEntry doc={d} needles={[]} lang={locale} cells={cellsOf(d)} untranslated={tt('short')} />
                  </a>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="cite-heading" className={wide ? 'max-w-3xl' : undefined}>
        <h2 id="cite-heading" className="mb-2 text-base font-semibold">
          {t('cite')}
        </h2>
        <div className="space-y-3">
          {CITATION_STYLES.map((style) => {
            const text = cite(style, { doc, plan, url, accessed, lang: locale, quoteLabels: { translation: tc('unofficial'), original: tc('original') }, cells: cellsOf(doc) });
            const name = tc('style', { style });
            return (
              <div key={style} className={`rounded border border-stone-200 bg-white p-3 ${style === printed ? 'print:border-0 print:p-0' : 'print:hidden'}`}>
                <div className="mb-1 flex items-center justify-between gap-2">
                  <h3 className="text-sm font-semibold">{name}</h3>
                  <CopyButton text={text} labels={{ label: t('copyCitation', { style: name, key: style }), done: t('copied'), manual: t('copyManual') }} />
                </div>
                <pre className="whitespace-pre-wrap font-sans [overflow-wrap:anywhere] text-sm text-stone-800" data-citation={style}>
                  {text}
                </pre>
              </div>
            );
          })}
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm" data-reference-downloads>
          <span className="text-stone-700">{td('reference', { managers: 'Zotero, EndNote, Mendeley' })}</span>
          {REFERENCE_FORMATS.map((format) => (
            <a
              key={format}
              href={downloads.reference(doc.id, format, locale)}
              download
              aria-label={td('referenceLink', { format: FORMAT_NAMES[format] })}
              className="rounded border border-stone-400 bg-white px-2 py-0.5 font-medium text-sky-800 hover:bg-stone-100"
            >
              {FORMAT_NAMES[format]}
            </a>
          ))}
        </div>
      </section>

      <section aria-labelledby="embed-heading" className={`${wide ? 'max-w-3xl' : ''} print:hidden`}>
        <h2 id="embed-heading" className="mb-1 text-base font-semibold">
          {t('embed')}
        </h2>
        <p className="mb-2 text-sm text-stone-700">{t('embedHelp')}</p>
        <div className="rounded border border-stone-200 bg-white p-3">
          <pre className="mb-2 whitespace-pre-wrap text-xs [overflow-wrap:anywhere] text-stone-800" data-embed-code>
            {embedSnippet(base, doc.id, locale, place)}
          </pre>
          <CopyButton text={embedSnippet(base, doc.id, locale, place)} labels={{ label: t('copyEmbed'), done: t('copied'), manual: t('copyManual') }} />
        </div>
      </section>
    </article>
  );
}
