'use client';

import { usePathname } from 'next/navigation';
import { SearchBox, type SearchBoxLabels } from './SearchBox';

/**
 * The small search box in the page header, so "/" searches from every page. Home and the results
 * page have their own large box, so the header leaves it to them.
 */
export function HeaderSearch({ locale, labels }: { locale: string; labels: SearchBoxLabels }) {
  const path = usePathname();
  if (path === `/${locale}` || path === `/${locale}/search`) return null;
  return (
    <div className="w-full sm:w-72">
      <SearchBox action={`/${locale}/search`} defaultValue="" id="header-q" compact labels={labels} />
    </div>
  );
}
