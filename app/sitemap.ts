import { routes } from '@/lib/links/routes';
import { localePath } from '@/i18n/navigation';
import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { origin, store } from '@/lib/site/portal';
import { compareHref } from '@/lib/links/compare-url';
import { COMPARE_VIEWS } from '@/lib/search/compare';

export const dynamic = 'force-dynamic';

/** Home, indicators, the comparison tables, chapters and every paragraph permalink, in both languages. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = await origin();
  const { documents, outline } = store();
  const chapters = outline.documents.flatMap((d) => d.parts.flatMap((p) => p.chapters.map((c) => c.no)));
  return routing.locales.flatMap((l) => [
    { url: `${base}${localePath(l, routes.home())}`, priority: 1 },
    { url: `${base}${localePath(l, routes.indicators())}`, priority: 0.8 },
    { url: `${base}${localePath(l, routes.data())}`, priority: 0.6 },
    ...COMPARE_VIEWS.map((view) => ({ url: `${base}${compareHref(l, { view, q: '' })}`, priority: 0.6 })),
    ...chapters.map((n) => ({ url: `${base}${localePath(l, routes.chapter(n))}`, priority: 0.7 })),
    ...documents.map((d) => ({ url: `${base}${localePath(l, routes.permalink(d.id))}`, priority: 0.5 })),
  ]);
}
