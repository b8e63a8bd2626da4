import { getLocale } from 'next-intl/server';
import { localeOf } from '@/i18n/navigation';
import { NotFoundPage } from '@/components/NotFoundPage';

/** The production server sends its own rendering of this page instead (server/own-pages.tsx); this is `next dev`'s. */
export default async function NotFound() {
  return <NotFoundPage locale={localeOf(await getLocale())} />;
}
