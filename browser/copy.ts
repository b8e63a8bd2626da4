/**
 * Copy buttons (components/CopyButton.tsx renders them): copies the button's text, and HTML beside
 * it, and says so; where the Clipboard API is refused (an insecure page, a denied permission) the
 * text appears selected in a field beside the button, with a line saying how to copy it, so there is
 * visible feedback either way.
 *
 * A "Copy quote" button (components/CopyQuote.tsx) quotes the reader's selection when there is one
 * within the paragraph's own texts (`data-quote-scope`), read when the button is pressed (before the
 * press can move it); otherwise the whole paragraph as the server wrote it.
 */
import { quoteHtml, quoteText, type Excerpt, type QuoteSource } from '../lib/format/quote';
import { writeClipboard, type Clip } from './clipboard';
import { elementOf } from './dom';

interface Picked {
  text: string;
  lang: string;
}

/** The reader's selection, when it lies within one text (one `lang`) of the paragraph inside `scope`; table labels are not the paragraph. */
function selectionIn(scope: Element | null): Picked | null {
  const sel = window.getSelection();
  if (!scope || !sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const el = elementOf(sel.getRangeAt(0).commonAncestorContainer);
  const text = el?.closest('[lang]');
  if (!text || !scope.contains(text) || el?.closest('th')) return null;
  // A result's snippet may be cropped: its … marks are not the plan's.
  const excerpt = sel.toString().trim().replace(/^…|…$/g, '').trim();
  return excerpt ? { text: excerpt, lang: text.getAttribute('lang')! } : null;
}

const scopeOf = (root: HTMLElement) => document.querySelector(`[data-quote-scope="${CSS.escape(root.dataset.quoteScope ?? '')}"]:not([data-copy])`);

/** What the button copies now: the selection's quote, or what the server wrote on the button. */
function clipFor(root: HTMLElement, button: HTMLElement, picked: Picked | null): Clip {
  if (!root.dataset.quoteScope) return { text: button.dataset.copyText ?? '', html: button.dataset.copyHtml };
  const source = JSON.parse(root.dataset.quoteSource!) as QuoteSource;
  const chosen = picked ?? selectionIn(scopeOf(root));
  if (!chosen) {
    const w = JSON.parse(root.dataset.quoteWhole!) as Excerpt;
    return { text: quoteText(w.text, w.label, source, w.lines), html: quoteHtml(w.text, w.label, source, w.lang, w.lines) };
  }
  const labelFor = JSON.parse(root.dataset.quoteLabels!) as Record<string, string | null>;
  const label = labelFor[chosen.lang] ?? null;
  return { text: quoteText(chosen.text, label, source), html: quoteHtml(chosen.text, label, source, chosen.lang) };
}

const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

async function copy(root: HTMLElement, button: HTMLElement, clip: Clip) {
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  let field = root.querySelector<HTMLInputElement>('input');
  try {
    await writeClipboard(clip);
    field?.remove();
    button.textContent = button.dataset.done!;
    status.className = 'sr-only';
    status.textContent = button.dataset.done!;
    clearTimeout(timers.get(button));
    timers.set(
      button,
      setTimeout(() => {
        button.textContent = button.dataset.label!;
        status.textContent = '';
      }, 2000),
    );
  } catch {
    button.textContent = button.dataset.label!;
    status.className = 'text-sm text-amber-900';
    status.textContent = button.dataset.manual!;
    if (!field) {
      field = document.createElement('input');
      field.readOnly = true;
      field.setAttribute('aria-label', button.dataset.label!);
      field.className = 'w-full min-w-0 rounded border border-stone-400 bg-amber-50 px-2 py-1 font-mono text-xs sm:w-96';
      field.addEventListener('focus', () => field!.select());
      root.append(field);
    }
    field.value = clip.text;
    field.select();
  }
}

export function attachCopy(): void {
  let pressed: Picked | null = null;
  document.addEventListener(
    'pointerdown',
    (e) => {
      const root = elementOf(e.target)?.closest<HTMLElement>('[data-copy][data-quote-scope]');
      pressed = root ? selectionIn(scopeOf(root)) : null;
    },
    true,
  );
  document.addEventListener('click', (e) => {
    const button = elementOf(e.target)?.closest<HTMLElement>('[data-copy] > button');
    if (!button) return;
    const root = button.parentElement!;
    const clip = clipFor(root, button, pressed);
    pressed = null;
    void copy(root, button, clip);
  });
}
