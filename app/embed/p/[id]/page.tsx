import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DocumentText } from '@/components/DocumentText';
import { isDocumentId } from '@/lib/ids';
import type { Lang } from '@/lib/model';
import { placeLine } from '@/lib/place';
import { origin, paragraph } from '@/lib/portal';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const langOf = (v: unknown): Lang => (v === 'en' ? 'en' : 'zh');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { robots: { index: false }, title: id };
}

/** A compact card of one paragraph, made to be framed: text, place in the plan, link back. */
export default async function EmbedCard({ params, searchParams }: Props) {
  const { id } = await params;
  const lang = langOf((await searchParams).lang);
  const found = isDocumentId(id) ? paragraph(id) : null;
  if (!found) notFound();
  const t = await getTranslations({ locale: lang, namespace: 'Embed' });
  const href = `${await origin()}/${lang}/p/${id}`;
  return (
    <article className="m-0 rounded-lg border border-stone-300 bg-white p-4 font-sans shadow-sm">
      <DocumentText doc={found.doc} needles={[]} className="line-clamp-6 text-base leading-relaxed" />
      <footer className="mt-3 border-t border-stone-200 pt-2 text-xs text-stone-600">
        <p lang={lang === 'zh' ? 'zh-CN' : 'en'}>{placeLine(found.doc, lang, 'chapter')}</p>
        <p className="mt-1 flex flex-wrap justify-between gap-2">
          <span>{t('from', { title: found.plan.title[lang] })}</span>
          <a href={href} target="_blank" rel="noopener" className="font-medium text-sky-800 underline">
            {t('open')}
          </a>
        </p>
      </footer>
    </article>
  );
}
