import { translator } from '@/i18n/translator';
import type { Locale } from '@/i18n/routing';

/**
 * The results page's keyboard, as the browser's script runs it (browser/result-keys.ts): j / k move
 * between hits, Enter opens one, c copies its citation, ? lists the keys. Here: the button and dialog
 * that list them, the status line, and the messages the script completes.
 */
export function ResultKeys({ lang }: { lang: Locale }) {
  const t = translator(lang, 'Shortcuts');
  const keys: [string, string][] = [
    ['j', t('next')],
    ['k', t('previous')],
    ['Enter', t('open')],
    ['c', t('copy')],
    ['?', t('help')],
  ];
  return (
    <div data-result-keys data-msg-focused={t.raw('focused') as string} data-msg-copied={t.raw('copied') as string} data-msg-copy-failed={t('copyFailed')}>
      <button type="button" data-keys-open className="text-sm text-sky-800 underline" aria-keyshortcuts="Shift+?">
        {t('button')}
      </button>
      <p
        role="status"
        className="sr-only"
        data-keys-status
        data-shown-class="fixed bottom-4 left-4 z-40 max-w-[90vw] rounded bg-stone-900 px-3 py-2 text-sm text-white shadow-lg"
      />
      <dialog
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
        <button type="button" data-keys-close className="mt-4 rounded border border-stone-400 bg-white px-3 py-1 text-sm hover:bg-stone-100">
          {t('close')}
        </button>
      </dialog>
    </div>
  );
}
