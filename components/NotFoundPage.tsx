import { localePath } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { translator } from '@/i18n/translator';
import { routes } from '@/lib/links/routes';

/**
 * No paragraph, chapter or page at this address: what it is and the way home. Next's not-found page
 * and the production server's (server/own-pages.tsx, which sends it in place of Next's, drawn in the
 * browser) render this same component.
 */
export function NotFoundPage({ locale }: { locale: Locale }) {
  const t = translator(locale, 'NotFound');
  return (
    <div className="max-w-xl">
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-4 text-stone-700">{t('body')}</p>
      <a href={localePath(locale, routes.home())} className="text-sky-800 underline">
        {t('back')}
      </a>
    </div>
  );
}
