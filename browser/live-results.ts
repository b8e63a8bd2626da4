/**
 * Live results: a search page fetched as the whole page the server renders (the same URL, so the
 * same stored answer a full load gets) and its `[data-live-region]` parts put in place of the
 * current ones. The search box is not among them, so what the reader is typing is never touched.
 * Only the latest request's answer is shown: an older one that arrives later is dropped.
 */
import { SWAPPED } from './dom';

let latest = 0;
let inFlight: AbortController | null = null;

/** Replaces each live region of the page with the region of the same name in `next`, and the title. */
export function swapRegions(next: Document): void {
  for (const region of document.querySelectorAll<HTMLElement>('[data-live-region]')) {
    const replacement = next.querySelector(`[data-live-region="${CSS.escape(region.dataset.liveRegion!)}"]`);
    if (replacement) region.replaceWith(document.importNode(replacement, true));
  }
  document.title = next.title;
  document.dispatchEvent(new CustomEvent(SWAPPED));
}

/**
 * Fetches `href` and shows its results, calling `shown` just before they are in place (to move the
 * address to them); resolves with the page's document once shown, or null when a newer request
 * overtook it. Anything but an HTML page (a refused request, a network failure) is
 * loaded the ordinary way, so the reader sees what the server says.
 */
export async function showResults(href: string, busy: (on: boolean) => void, shown: () => void = () => undefined): Promise<Document | null> {
  const mine = ++latest;
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  busy(true);
  try {
    const res = await fetch(href, { signal: controller.signal, headers: { accept: 'text/html' } });
    const html = /text\/html/.test(res.headers.get('content-type') ?? '') ? await res.text() : null;
    if (mine !== latest) return null;
    if (html === null) {
      window.location.assign(href);
      return null;
    }
    const next = new DOMParser().parseFromString(html, 'text/html');
    shown();
    swapRegions(next);
    return next;
  } catch (e) {
    if (mine === latest && (e as Error).name !== 'AbortError') window.location.assign(href);
    return null;
  } finally {
    if (mine === latest) busy(false);
  }
}
