'use client';

import { useEffect, useRef, useState } from 'react';
import { writeClipboard } from './clipboard';

interface CopyLabels {
  label: string;
  done: string;
  /** Said when the browser refuses the clipboard: the text is selected for the reader to copy. */
  manual: string;
}

/** What a copy puts on the clipboard: text, and the same as HTML where there is formatting worth keeping (a link). */
export interface Clip {
  text: string;
  html?: string;
}

/**
 * Copies `text` (and `html` beside it) to the clipboard and says so; `read`, when given, decides what
 * to copy at the moment of the click (a quote of the reader's selection). Where the Clipboard API is
 * refused (an insecure page, a denied permission) the text appears selected in a field beside the
 * button, with a line saying how to copy it, so there is visible feedback either way.
 */
export function CopyButton({ text, html, read, labels, className = '' }: { text: string; html?: string; read?: () => Clip; labels: CopyLabels; className?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [shown, setShown] = useState(text);
  const field = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  useEffect(() => {
    if (state === 'manual') field.current?.select();
  }, [state]);

  const copy = async () => {
    const clip = read?.() ?? { text, html };
    setShown(clip.text);
    try {
      await writeClipboard(clip);
      setState('copied');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => setState('idle'), 2000);
    } catch {
      setState('manual');
      field.current?.select();
    }
  };

  return (
    <span className="inline-flex max-w-full flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className={`rounded border border-stone-400 bg-white px-2 py-1 text-sm text-stone-800 hover:bg-stone-100 ${className}`}>
        {state === 'copied' ? labels.done : labels.label}
      </button>
      <span role="status" className={state === 'copied' ? 'sr-only' : state === 'manual' ? 'text-sm text-amber-900' : 'sr-only'}>
        {state === 'copied' ? labels.done : state === 'manual' ? labels.manual : ''}
      </span>
      {state === 'manual' && (
        <input
          ref={field}
          readOnly
          value={shown}
          aria-label={labels.label}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full min-w-0 rounded border border-stone-400 bg-amber-50 px-2 py-1 font-mono text-xs sm:w-96"
        />
      )}
    </span>
  );
}
