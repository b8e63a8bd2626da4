import { downloads, routes } from '@/lib/links/routes';
import { localePath, localeOf } from '@/i18n/navigation';
import type { Metadata } from 'next';
import { socialMeta } from '@/lib/format/social';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DATA_COLUMNS } from '@/lib/format/columns';
import { FORMAT_NAMES } from '@/lib/format/download';
import { figures, mainPlan, origin } from '@/lib/site/portal';
import { alternates } from '@/lib/links/alternates';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOf((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const td = await getTranslations({ locale, namespace: 'Data' });
  return {
    ...socialMeta({ locale, siteName: t('siteName'), title: td('title'), description: td('intro') }),
    alternates: alternates(await origin(), locale, (l) => localePath(l, routes.data())),
  };
}

/** The whole plan as data: the downloads, their data dictionary and the licence terms (README § Data and licences). */
export default async function DataPage({ params }: Props) {
  const locale = localeOf((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('Data');
  const plan = mainPlan();
  const link = 'font-medium text-sky-800 underline underline-offset-2 hover:text-accent';

  return (
    <article className="max-w-3xl space-y-8">
      <header>
        <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
        <p className="text-stone-700">{t('intro')}</p>
      </header>

      <section aria-labelledby="downloads-heading" className="space-y-3">
        <h2 id="downloads-heading" className="text-lg font-semibold">
          {t('downloadsHeading')}
        </h2>
        <ul className="list-inside list-disc space-y-1">
          {(['documents.csv', 'documents.jsonl'] as const).map((file) => (
            <li key={file}>
              <a href={downloads.dataset(file)} download className={link}>
                {t('documents', { count: figures().documents, format: FORMAT_NAMES[file.endsWith('.csv') ? 'csv' : 'jsonl'] })}
              </a>
            </li>
          ))}
          <li>
            <a href={downloads.dataset('indicators.csv')} download className={link}>
              {t('indicators', { format: FORMAT_NAMES.csv })}
            </a>
          </li>
        </ul>
        <p className="text-sm text-stone-700">{t('formats', { jsonl: FORMAT_NAMES.jsonl })}</p>
      </section>

      <section aria-labelledby="dictionary-heading" className="space-y-3">
        <h2 id="dictionary-heading" className="text-lg font-semibold">
          {t('dictionaryHeading')}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-stone-300 text-left">
                <th scope="col" className="py-1 pr-4">
                  {t('column')}
                </th>
                <th scope="col" className="py-1">
                  {t('meaning')}
                </th>
              </tr>
            </thead>
            <tbody>
              {DATA_COLUMNS.map((name) => (
                <tr key={name} className="border-b border-stone-200 align-top">
                  <th scope="row" className="py-1 pr-4 text-left font-mono text-xs font-normal [overflow-wrap:anywhere]">
                    {name}
                  </th>
                  <td className="py-1">{t('field', { name })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="licence-heading" className="space-y-2">
        <h2 id="licence-heading" className="text-lg font-semibold">
          {t('licenceHeading')}
        </h2>
        <p>{t('licenceSource', { issuer: plan.issuer[locale], date: plan.issued })}</p>
        <p>{t('licenceTranslation')}</p>
        <p>{t('licenceTags')}</p>
      </section>
    </article>
  );
}
