import { routes } from '@/lib/links/routes';
import { localePath } from '@/i18n/navigation';
import { type Locale, LOCALES, SOURCE_LOCALE } from '@/i18n/routing';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { PlanDocument, Titled } from '@/lib/plan/model';

import { titledLabel, type Level } from '@/lib/format/place';
import { ChapterTable } from './ChapterTable';
import { ErratumNote } from './ErratumNote';
import { tableTranslations } from '@/lib/format/table-translation';
import type { EnglishPhrase } from '@/lib/search/english';
import { highlight, highlightEnglish } from '@/lib/search/highlight';

type Block =
  | { type: 'section'; doc: PlanDocument }
  | { type: 'text'; doc: PlanDocument }
  | { type: 'box'; heading: PlanDocument; items: PlanDocument[]; header?: PlanDocument; rows: PlanDocument[] }
  | { type: 'table'; heading: PlanDocument; header?: PlanDocument; rows: PlanDocument[]; notes: PlanDocument[] };

/** The chapter's documents as the blocks a reader sees: a box gathers its items and table, a table its rows and notes. */
function blocksOf(documents: PlanDocument[]): Block[] {
  const blocks: Block[] = [];
  let open: Extract<Block, { type: 'box' | 'table' }> | null = null;
  for (const d of documents) {
    if (d.kind === 'heading' && d.level === 'chapter') continue; // the page's h1 carries its id
    if (d.kind === 'heading' && d.level === 'box' && d.box) {
      blocks.push((open = { type: 'box', heading: d, items: [], rows: [] }));
      continue;
    }
    if (d.kind === 'heading' && d.level === 'table') {
      blocks.push((open = { type: 'table', heading: d, rows: [], notes: [] }));
      continue;
    }
    if (open?.type === 'box' && d.box?.no === open.heading.box?.no) {
      if (d.kind === 'table-header') open.header = d;
      else if (d.kind === 'table-row') open.rows.push(d);
      else open.items.push(d);
      continue;
    }
    if (open?.type === 'table' && (d.kind === 'table-header' || d.kind === 'indicator' || d.kind === 'table-row' || d.kind === 'note')) {
      if (d.kind === 'table-header') open.header = d;
      else if (d.kind === 'note') open.notes.push(d);
      else open.rows.push(d);
      continue;
    }
    open = null;
    blocks.push(d.kind === 'heading' && d.level === 'section' ? { type: 'section', doc: d } : { type: 'text', doc: d });
  }
  return blocks;
}

/** "第一节 指导思想" in Chinese; "Section 1: Guiding Thought" over the Chinese in English. */
function Title({ level, t, lang }: { level: Level; t: Titled; lang: Locale }) {
  const printed = <span lang={LOCALES[SOURCE_LOCALE].html}>{titledLabel(level, t, SOURCE_LOCALE)}</span>;
  if (lang === SOURCE_LOCALE) return printed;
  return (
    <>
      {titledLabel(level, t, lang)}
      <span className="mt-0.5 block text-sm font-normal text-stone-600">{printed}</span>
    </>
  );
}

/** Source text, with the terms of the search that led here marked (escaped text and <mark> only). */
function SourceText({ text, needles }: { text: string; needles: string[] }) {
  if (needles.length === 0) {
    return (
      <span lang="zh-CN" className="whitespace-pre-line">
        {text}
      </span>
    );
  }
  return <span lang="zh-CN" className="whitespace-pre-line" dangerouslySetInnerHTML={{ __html: highlight(text, needles, Infinity) }} />;
}

/**
 * A paragraph or box item: its source text; in another language than the plan's, its translation
 * first with the source beside it (side by side on wide screens, stacked on narrow ones).
 */
function Passage({
  doc,
  lang,
  needles,
  marks,
  after,
  untranslated,
}: {
  doc: PlanDocument;
  lang: Locale;
  needles: string[];
  marks: EnglishPhrase[];
  after: ReactNode;
  untranslated: string;
}) {
  const translation = lang === SOURCE_LOCALE ? undefined : doc.translations?.[lang];
  if (!translation) {
    return (
      <>
        {/* In another language than the plan's, a paragraph without a translation says so rather than passing for one. */}
        {lang !== SOURCE_LOCALE && (
          <span className="mb-1 block text-xs font-medium text-amber-900" data-untranslated>
            {untranslated}
          </span>
        )}
        <SourceText text={doc.text} needles={needles} />
        {after}
      </>
    );
  }
  return (
    <span className="grid gap-x-6 gap-y-1 lg:grid-cols-2">
      <span
        lang={LOCALES[lang].html}
        className="block whitespace-pre-line"
        data-translation={lang}
        dangerouslySetInnerHTML={{ __html: highlightEnglish(translation, marks, Infinity) }}
      />
      <span className="block text-[0.95em] text-stone-700">
        <SourceText text={doc.text} needles={needles} />
        {after}
      </span>
    </span>
  );
}

/** The ¶ link to the anchor and the link to the permalink page, after a paragraph or box item. */
function Anchors({ id, lang, labels }: { id: string; lang: Locale; labels: { anchor: string; permalink: string; permalinkLabel: string } }) {
  return (
    <span className="ml-2 inline-flex items-baseline gap-2 whitespace-nowrap text-xs print:hidden">
      <a href={`#${id}`} aria-label={labels.anchor} className="rounded px-0.5 font-semibold text-stone-600 hover:bg-stone-100 hover:text-accent">
        ¶
      </a>
      <a href={localePath(lang, routes.permalink(id))} aria-label={labels.permalinkLabel} className="text-sky-800 underline underline-offset-2 hover:text-accent">
        {labels.permalink}
      </a>
    </span>
  );
}

/** A chapter's full text in source order, every document addressable by its id. */
export async function ChapterText({ documents, lang, needles = [], marks = [] }: { documents: PlanDocument[]; lang: Locale; needles?: string[]; marks?: EnglishPhrase[] }) {
  const t = await getTranslations('Chapter');
  const ti = await getTranslations('Indicators');
  const tt = await getTranslations('Translation');
  const anchors = (id: string) => ({ anchor: t('anchor'), permalink: t('permalink'), permalinkLabel: t('permalinkLabel', { id }) });
  const cellLabels = { dash: ti('empty'), empty: t('emptyCell'), inherited: ti('inherited') };
  const indicatorCellLabels = { ...cellLabels, empty: ti('emptyCell') };
  // Tables read in translation cell by cell, where the rows have one.
  const translated = (rows: PlanDocument[]) =>
    lang !== SOURCE_LOCALE && rows.some((r) => r.translations?.[lang]) ? { locale: lang, cell: tableTranslations(rows, lang) } : undefined;

  return (
    <div className="space-y-4 leading-relaxed">
      {blocksOf(documents).map((b) => {
        if (b.type === 'section')
          return (
            <h2 key={b.doc.id} id={b.doc.id} className="pt-6 text-xl font-semibold leading-snug">
              {b.doc.section ? <Title level="section" t={b.doc.section} lang={lang} /> : <span lang="zh-CN">{b.doc.text}</span>}
            </h2>
          );

        if (b.type === 'text') {
          const d = b.doc;
          return (
            <p key={d.id} id={d.id} className={d.kind === 'note' ? 'text-sm text-stone-700' : undefined}>
              <Passage
                doc={d}
                lang={lang}
                needles={needles}
                marks={marks}
                untranslated={tt('short')}
                after={
                  <>
                    {d.truncated && (
                      <span aria-hidden="true" className="text-accent">
                        ……
                      </span>
                    )}
                    <Anchors id={d.id} lang={lang} labels={anchors(d.id)} />
                  </>
                }
              />
              {d.truncated && <strong className="mt-3 block rounded border-l-4 border-accent bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950">{t('truncated')}</strong>}
            </p>
          );
        }

        if (b.type === 'box') {
          const box = b.heading.box!;
          // Boxes before a chapter's first section sit directly under the h1.
          const Heading = b.heading.section ? 'h3' : 'h2';
          const titleId = `${b.heading.id}-title`;
          return (
            <aside key={b.heading.id} id={b.heading.id} aria-labelledby={titleId} className="my-6 rounded-lg border-2 border-stone-300 bg-white p-4 sm:p-5">
              <Heading id={titleId} className="mb-3 border-b border-stone-200 pb-2 text-base font-semibold leading-snug">
                <Title level="box" t={box} lang={lang} />
              </Heading>
              {b.items.length > 0 && (
                <ul className="list-disc space-y-2 pl-5 marker:text-stone-500">
                  {b.items.map((i) => (
                    <li key={i.id} id={i.id}>
                      <Passage doc={i} lang={lang} needles={needles} marks={marks} untranslated={tt('short')} after={<Anchors id={i.id} lang={lang} labels={anchors(i.id)} />} />
                    </li>
                  ))}
                </ul>
              )}
              {b.rows.length > 0 && (
                <ChapterTable caption={titledLabel('box', box, lang)} captionHidden header={b.header} rows={b.rows} labels={cellLabels} english={translated(b.rows)} />
              )}
            </aside>
          );
        }

        return (
          <div key={b.heading.id}>
            <ChapterTable
              id={b.heading.id}
              caption={
                lang === SOURCE_LOCALE ? (
                  <span lang="zh-CN">{b.heading.text}</span>
                ) : (
                  <>
                    {ti('heading')}
                    <span lang="zh-CN" className="block text-sm font-normal text-stone-600">
                      {b.heading.text}
                    </span>
                  </>
                )
              }
              header={b.header}
              rows={b.rows}
              notes={b.notes}
              labels={indicatorCellLabels}
              english={translated(b.rows)}
            />
            <ErratumNote rows={b.rows} lang={lang} className="mb-2" />
            {b.rows.some((r) => r.kind === 'indicator') && (
              <p className="text-sm">
                <a href={localePath(lang, routes.indicators())} className="text-sky-800 underline underline-offset-2 hover:text-accent">
                  {t('indicatorsLink')}
                </a>
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
