import { getTranslations } from 'next-intl/server';

/** Inside a stranger's page: a short, localised note in the card's frame, not the site's 404 page. */
export default async function EmbedNotFound() {
  const t = await getTranslations('Embed');
  return (
    <article className="m-0 flex h-full flex-col justify-center rounded-lg border border-stone-300 bg-white p-4 font-sans">
      <h1 className="text-base font-semibold">{t('notFoundTitle')}</h1>
      <p className="mt-1 text-sm text-stone-700">{t('notFoundBody')}</p>
    </article>
  );
}
