'use client';

import { useTranslations } from 'next-intl';

/**
 * What a page shows when rendering it failed on the server, most often because data/ cannot be
 * read (a damaged or missing index: the API answers 503 then). In production the error's message
 * never reaches the browser, so the text is the same for every cause.
 */
export default function ErrorPage() {
  const t = useTranslations('ErrorPage');
  return (
    <div className="max-w-xl" role="alert">
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-4 text-stone-700">{t('body')}</p>
      <button type="button" data-reload className="text-sky-800 underline">
        {t('retry')}
      </button>
    </div>
  );
}
