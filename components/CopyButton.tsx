'use client';

import { useEffect, useRef, useState } from 'react';

interface CopyLabels {
  label: string;
  done: string;
  /** Said when the browser refuses the clipboard: the text is selected for the reader to copy. */
  manual: string;
}

/**
 * Copies `text` to the clipboard and says so. Where the Clipboard API is refused (an insecure page,
 * a denied permission) the text appears selected in a field beside the button, with a line saying
 * how to copy it, so there is visible feedback either way.
 */
export function CopyButton({ text, labels, className = '' }: { text: string; labels: CopyLabels; className?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const field = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  useEffect(() => {
    if (state === 'manual') field.current?.select();
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
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
          value={text}
          aria-label={labels.label}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full min-w-0 rounded border border-stone-400 bg-amber-50 px-2 py-1 font-mono text-xs sm:w-96"
        />
      )}
    </span>
  );
}
