/**
 * "This table scrolls sideways" (components/ScrollCue.tsx), shown only when its region does: each
 * region is measured as it is laid out and again when it resizes. Without JavaScript the line shows
 * on narrow screens only.
 */
import { SWAPPED } from './dom';

const watched = new WeakSet<Element>();

function watch() {
  for (const cue of document.querySelectorAll<HTMLElement>('[data-scroll-hint][data-region]')) {
    const region = document.getElementById(cue.dataset.region!);
    if (!region || watched.has(cue)) continue;
    watched.add(cue);
    const measure = () => {
      const overflows = region.scrollWidth > region.clientWidth + 1;
      cue.classList.remove('lg:hidden');
      cue.classList.toggle('hidden', !overflows);
    };
    measure();
    new ResizeObserver(measure).observe(region);
  }
}

export function attachScrollCues(): void {
  watch();
  document.addEventListener(SWAPPED, watch);
}
