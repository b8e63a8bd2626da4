import { localeOf } from '@/i18n/navigation';
import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { SearchPage } from '@/components/SearchPage';
import { origin, search } from '@/lib/site/portal';
import { searchMetadata } from '@/lib/site/page-meta';
import { searchPageModel } from '@/lib/site/search-page';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return searchMetadata(localeOf((await params).locale), (await searchParams).q);
}

/** The production server renders search pages itself (server/own-pages.tsx), with the same component; this is `next dev`'s and the reference it is tested against. */
export default async function Page({ params, searchParams }: Props) {
  const locale = localeOf((await params).locale);
  setRequestLocale(locale);
  return <SearchPage locale={locale} origin={await origin()} model={await searchPageModel(locale, await searchParams, search)} />;
}
