import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return (
    <div className="max-w-xl">
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-4 text-stone-700">{t('body')}</p>
      <a href="/" className="text-sky-800 underline">
        {t('back')}
      </a>
    </div>
  );
}
