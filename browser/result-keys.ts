/**
 * The results page's keyboard (components/ResultKeys.tsx renders its button, status line and
 * dialog): j / k move between hits (each card takes the focus, outlined, and the status line says
 * which of how many it is), Enter opens the focused hit, c copies its citation, ? lists these keys in
 * a dialog (Esc closes it). Cards mark themselves with `data-hit`; everything is looked up when a key
 * is pressed, so the keys follow the results as they change with the typing.
 */
import { citationHtml, citationText, type QuoteSource } from '../lib/format/quote';
import { writeClipboard } from './clipboard';
import { elementOf, fill, typing } from './dom';

const hits = () => [...document.querySelectorAll<HTMLElement>('[data-hit]')];
let clearStatus: ReturnType<typeof setTimeout> | undefined;

function say(root: HTMLElement, text: string) {
  const status = root.querySelector<HTMLElement>('[data-keys-status]')!;
  status.textContent = text;
  status.className = status.dataset.shownClass!;
  // The line shows for a few seconds; screen readers have read it by then.
  clearTimeout(clearStatus);
  clearStatus = setTimeout(() => {
    status.textContent = '';
    status.className = 'sr-only';
  }, 5000);
}

export function attachResultKeys(): void {
  document.addEventListener('click', (e) => {
    const el = elementOf(e.target);
    if (el?.closest('[data-keys-open]')) el.closest('[data-result-keys]')?.querySelector('dialog')?.showModal();
    if (el?.closest('[data-keys-close]')) el.closest('dialog')?.close();
  });
  document.addEventListener('keydown', (e) => {
    const root = document.querySelector<HTMLElement>('[data-result-keys]');
    const dialog = root?.querySelector('dialog');
    if (!root || !dialog || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || dialog.open) return;
    const all = hits();
    const at = all.findIndex((h) => h.contains(document.activeElement));
    const focus = (k: number) => {
      const card = all[k];
      if (!card) return;
      card.focus();
      card.scrollIntoView({ block: 'nearest' });
      say(root, fill(root.dataset.msgFocused!, { n: k + 1, total: all.length, label: card.dataset.hitLabel ?? '' }));
    };
    if (e.key === 'j' || e.key === 'k') {
      e.preventDefault();
      focus(e.key === 'j' ? Math.min(at + 1, all.length - 1) : Math.max(at - 1, 0));
    } else if (e.key === 'Enter' && at >= 0 && document.activeElement === all[at]) {
      // On a link inside the card, Enter follows that link as usual.
      e.preventDefault();
      window.location.assign(all[at]!.dataset.href!);
    } else if (e.key === 'c' && at >= 0) {
      e.preventDefault();
      const card = all[at]!;
      const label = card.dataset.hitLabel ?? '';
      // The card's source is its quote button's (components/ResultCard.tsx).
      const source = JSON.parse(card.querySelector<HTMLElement>('[data-quote-source]')!.dataset.quoteSource!) as QuoteSource;
      writeClipboard({ text: citationText(source), html: citationHtml(source) }).then(
        () => say(root, fill(root.dataset.msgCopied!, { label })),
        () => say(root, root.dataset.msgCopyFailed!),
      );
    } else if (e.key === '?') {
      e.preventDefault();
      dialog.showModal();
    }
  });
}
