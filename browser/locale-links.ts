/**
 * The language links (components/LocaleSwitcher.tsx) are plain anchors to the same page, query and
 * filters in each language, written by the server. Here they also keep the `#anchor` (a paragraph on
 * a chapter page), which the server never sees, and follow the address as live results change it.
 */
import { SWAPPED } from './dom';

function update() {
  for (const nav of document.querySelectorAll<HTMLElement>('[data-current-home]')) {
    const current = nav.dataset.currentHome!;
    const rest = location.pathname.startsWith(current) ? location.pathname.slice(current.length) : '';
    for (const a of nav.querySelectorAll<HTMLAnchorElement>('a[data-locale-home]')) a.href = `${a.dataset.localeHome}${rest}${location.search}${location.hash}`;
  }
}

export function attachLocaleLinks(): void {
  update();
  window.addEventListener('hashchange', update);
  window.addEventListener('popstate', update);
  document.addEventListener(SWAPPED, update);
}
