'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';

/**
 * Links to the same page, query and filters in each locale: plain anchors, so they work without
 * JavaScript. With JavaScript they also keep the `#anchor` (a paragraph on a chapter page), which
 * the server never sees.
 */
export function LocaleSwitcher({ locale, label, names }: { locale: string; label: string; names: Record<string, string> }) {
  // The path below the locale segment: /zh/search → /search.
  const pathname = usePathname().replace(/^\/[^/]+/, '') || '/';
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
      {Object.entries(names).map(([code, name]) => (
        <a
          key={code}
          href={`/${code}${pathname === '/' ? '' : pathname}${query ? `?${query}` : ''}${hash}`}
          hrefLang={code === 'zh' ? 'zh-CN' : 'en'}
          lang={code === 'zh' ? 'zh-CN' : 'en'}
          aria-current={code === locale ? 'true' : undefined}
          className={code === locale ? 'rounded bg-stone-800 px-2 py-1 text-white' : 'rounded px-2 py-1 text-stone-700 hover:bg-stone-100'}
        >
          {name}
        </a>
      ))}
    </nav>
  );
}
