'use client';

import { useEffect, useState, type ReactNode } from 'react';

/**
 * Says that a table scrolls sideways, when it does: the region `region` is measured as it is laid
 * out (and again when it resizes). Before that, and without JavaScript, it shows on narrow screens only.
 */
export function ScrollCue({ region, children }: { region: string; children: ReactNode }) {
  const [overflows, setOverflows] = useState<boolean | null>(null);
  useEffect(() => {
    const el = document.getElementById(region);
    if (!el) return;
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [region]);
  const shown = overflows === null ? 'lg:hidden' : overflows ? '' : 'hidden';
  return (
    <p className={`mb-1 text-sm text-stone-700 ${shown}`} data-scroll-hint>
      {children}
    </p>
  );
}
