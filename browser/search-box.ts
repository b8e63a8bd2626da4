/**
 * The search boxes (components/SearchBox.tsx): GET forms that work without JavaScript. With it, `/`
 * focuses the page's box from anywhere, Esc clears it, and on the results page (`data-live`) the
 * URL, and so the server-rendered results, follow the typing (browser/live-results.ts).
 *
 * A burst of typing makes one history entry: its first search pushes one, the rest replace it, and
 * a pause ends the burst. An IME composition searches once, when the word is committed. Back and
 * Forward show the results of that entry and put its query in the box.
 */
import { typing } from './dom';
import { showResults } from './live-results';

/** Wait this long after the last key before the results follow the typing. */
const DEBOUNCE_MS = 250;
/** A pause this long ends a burst of typing: the next keystroke starts a new history entry. */
const PAUSE_MS = 1000;

const boxes = () => [...document.querySelectorAll<HTMLInputElement>('form[data-search-box] input[name="q"]')];

function attachLive(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let pause: ReturnType<typeof setTimeout> | undefined;
  let composing = false;
  /** Bursts of typing, counted; the last one that made a history entry. */
  let burst = 0;
  let inBurst = false;
  let pushedBurst = -1;
  /** The address whose results are shown: a popstate to the same one (an in-page #anchor) loads nothing. */
  let shown = location.pathname + location.search;
  const busy = (on: boolean) => input.setAttribute('aria-busy', String(on));

  const navigate = (q: string) => {
    const params = new URLSearchParams();
    for (const hidden of form.querySelectorAll<HTMLInputElement>('input[type="hidden"]')) params.append(hidden.name, hidden.value);
    if (q.trim()) params.set('q', q);
    const href = `${form.getAttribute('action')}?${params.toString()}`;
    if (!inBurst) burst++;
    inBurst = true;
    const mine = burst;
    // The address moves when the results do, so that it always names what is shown: the burst's
    // first answer shown makes a history entry, its later ones replace it.
    void showResults(href, busy, () => {
      history[pushedBurst === mine ? 'replaceState' : 'pushState'](null, '', href);
      pushedBurst = mine;
      shown = location.pathname + location.search;
    });
  };
  const cancel = () => clearTimeout(debounce);
  const schedule = () => {
    cancel();
    clearTimeout(pause);
    debounce = setTimeout(() => navigate(input.value), DEBOUNCE_MS);
    pause = setTimeout(() => (inBurst = false), DEBOUNCE_MS + PAUSE_MS);
  };

  input.addEventListener('input', (e) => {
    // Mid-word in an IME: wait for compositionend.
    if (composing || (e as InputEvent).isComposing) return cancel();
    schedule();
  });
  input.addEventListener('compositionstart', () => {
    composing = true;
    cancel();
  });
  input.addEventListener('compositionend', () => {
    composing = false;
    schedule();
  });
  input.addEventListener('keydown', (e) => {
    // Clears the box only: the results stay until the user searches again.
    if (e.key === 'Escape' && !composing && !e.isComposing) {
      e.preventDefault();
      cancel();
      input.value = '';
    }
  });
  // Back and Forward are the reader's own choice of query: that entry's query goes into the box.
  window.addEventListener('popstate', () => {
    inBurst = false;
    cancel();
    if (location.pathname + location.search === shown) return;
    shown = location.pathname + location.search;
    void showResults(location.href, busy).then((next) => {
      const q = next?.querySelector<HTMLInputElement>(`#${CSS.escape(input.id)}`);
      if (q) input.value = q.value;
    });
  });
}

export function attachSearchBoxes(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-box][data-live]')) attachLive(form);
  // Esc clears any box, live or not.
  for (const input of boxes()) {
    if (input.form?.hasAttribute('data-live')) continue;
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !e.isComposing) {
        e.preventDefault();
        input.value = '';
      }
    });
  }
  window.addEventListener('keydown', (e) => {
    if (e.key !== '/' || typing(e.target) || e.metaKey || e.ctrlKey || e.altKey) return;
    // The page's own box when it has one (home, results), else the header's.
    const box = boxes().find((b) => b.closest('main')) ?? boxes()[0];
    if (!box) return;
    e.preventDefault();
    box.focus();
    box.select();
  });
}
