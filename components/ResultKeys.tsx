'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { writeClipboard } from './clipboard';

/** Keys typed into a field are text, not commands. */
const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || !!t.closest('input, textarea, select'));

const hits = () => [...document.querySelectorAll<HTMLElement>('[data-hit]')];

/**
 * The results page's keyboard: j / k move between hits (each card takes the focus, outlined, and a
 * status line says which of how many it is), Enter opens the focused hit, c copies its citation, ?
 * lists these keys in a dialog (Esc closes it). Cards mark themselves with `data-hit`, so the keys
 * follow the results as they change with the typing.
 */
export function ResultKeys() {
  const t = useTranslations('Shortcuts');
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || dialog.current?.open) return;
      const all = hits();
      const at = all.findIndex((h) => h.contains(document.activeElement));
      const focus = (k: number) => {
        const card = all[k];
        if (!card) return;
        card.focus();
        card.scrollIntoView({ block: 'nearest' });
        setStatus(t('focused', { n: k + 1, total: all.length, label: card.dataset.hitLabel ?? '' }));
      };
      if (e.key === 'j' || e.key === 'k') {
        e.preventDefault();
        focus(e.key === 'j' ? Math.min(at + 1, all.length - 1) : Math.max(at - 1, 0));
      } else if (e.key === 'Enter' && at >= 0 && document.activeElement === all[at]) {
        // On a link inside the card, Enter follows that link as usual.
        e.preventDefault();
        router.push(all[at]!.dataset.href!);
      } else if (e.key === 'c' && at >= 0) {
        e.preventDefault();
        const card = all[at]!;
        writeClipboard({ text: card.dataset.cite!, html: card.dataset.citeHtml }).then(
          () => setStatus(t('copied', { label: card.dataset.hitLabel ?? '' })),
          () => setStatus(t('copyFailed')),
        );
      } else if (e.key === '?') {
        e.preventDefault();
        dialog.current?.showModal();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [router, t]);

  // The line shows for a few seconds; screen readers have read it by then.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 5000);
    return () => clearTimeout(timer);
  }, [status]);

  const keys: [string, string][] = [
    ['j', t('next')],
    ['k', t('previous')],
    ['Enter', t('open')],
    ['c', t('copy')],
    ['?', t('help')],
  ];
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} className="text-sm text-sky-800 underline" aria-keyshortcuts="Shift+?">
        {t('button')}
      </button>
      <p role="status" className={status ? 'fixed bottom-4 left-4 z-40 max-w-[90vw] rounded bg-stone-900 px-3 py-2 text-sm text-white shadow-lg' : 'sr-only'}>
        {status}
      </p>
      <dialog
        ref={dialog}
        aria-labelledby="shortcuts-title"
        className="m-auto w-[min(28rem,90vw)] rounded-lg border border-stone-300 bg-white p-5 text-stone-900 shadow-xl backdrop:bg-stone-900/40"
      >
        <h2 id="shortcuts-title" className="mb-3 text-lg font-semibold">
          {t('title')}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {keys.map(([key, what]) => (
            <div key={key} className="contents">
              <dt>
                <kbd className="rounded border border-stone-400 bg-stone-100 px-1.5 py-0.5 font-mono text-xs">{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-xs text-stone-600">{t('typing')}</p>
        <button type="button" onClick={() => dialog.current?.close()} className="mt-4 rounded border border-stone-400 bg-white px-3 py-1 text-sm hover:bg-stone-100">
          {t('close')}
        </button>
      </dialog>
    </>
  );
}
