import type { ReactNode } from 'react';

/**
 * Says that a table scrolls sideways, when it does: the browser's script measures the region
 * `region` (browser/scroll-cue.ts). Before that, and without JavaScript, it shows on narrow screens only.
 */
export function ScrollCue({ region, children }: { region: string; children: ReactNode }) {
  return (
    <p className="mb-1 text-sm text-stone-700 lg:hidden" data-scroll-hint data-region={region}>
      {children}
    </p>
  );
}
