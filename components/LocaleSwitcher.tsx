'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';

interface LocaleLink {
  /** The locale's home path (`/en`): the same page in that locale is this, plus the path below it. */
  home: string;
  name: string;
  /** Its HTML language tag. */
  lang: string;
}

/**
 * Links to the same page, query and filters in each locale: plain anchors, so they work without
 * JavaScript. With JavaScript they also keep the `#anchor` (a paragraph on a chapter page), which
 * the server never sees.
 */
export function LocaleSwitcher({ current, label, locales }: { current: string; label: string; locales: LocaleLink[] }) {
  // The path below the current locale's home: /zh/search → /search.
  const pathname = usePathname();
  const rest = pathname.startsWith(current) ? pathname.slice(current.length) : '';
  const query = useSearchParams().toString();
  const [hash, setHash] = useState('');
  useEffect(() => {
    const read = () => setHash(window.location.hash);
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [pathname]);
  return (
    <nav aria-label={label} className="flex gap-1 text-sm">
      {locales.map((l) => (
        <a
          key={l.home}
          href={`${l.home}${rest}${query ? `?${query}` : ''}${hash}`}
          hrefLang={l.lang}
          lang={l.lang}
          aria-current={l.home === current ? 'true' : undefined}
          className={l.home === current ? 'rounded bg-stone-800 px-2 py-1 text-white' : 'rounded px-2 py-1 text-stone-700 hover:bg-stone-100'}
        >
          {l.name}
        </a>
      ))}
    </nav>
  );
}
