'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';

export interface SearchBoxLabels {
  label: string;
  placeholder: string;
  submit: string;
  hint: string;
}

/** Wait this long after the last key before the results follow the typing. */
const DEBOUNCE_MS = 250;
/** A pause this long ends a burst of typing: the next keystroke starts a new history entry. */
const PAUSE_MS = 1000;

/**
 * A GET form (works without JavaScript). With JavaScript: `/` focuses it from anywhere, Esc clears
 * it, and on the results page (`live`) the URL, and so the server-rendered results, follow the typing.
 *
 * What the user typed is never overwritten by an answer: the page's query (`defaultValue`) is copied
 * into the box only when it comes from somewhere else than this box (Back, a link). Next's router
 * discards a navigation that a newer one overtakes, so stale results never replace newer ones.
 * An IME composition searches once, when the word is committed.
 */
export function SearchBox({
  action,
  defaultValue,
  keep = [],
  live = false,
  autoFocus = false,
  id = 'q',
  compact = false,
  labels,
}: {
  action: string;
  defaultValue: string;
  /** Filters to keep when the query changes, as [name, value] pairs. */
  keep?: [string, string][];
  live?: boolean;
  autoFocus?: boolean;
  id?: string;
  /** The small box in the page header: no visible label or hint. */
  compact?: boolean;
  labels: SearchBoxLabels;
}) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(defaultValue);
  const [pending, startTransition] = useTransition();
  const debounce = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pause = useRef<ReturnType<typeof setTimeout> | null>(null);
  const composing = useRef(false);
  /** Queries this box sent while typing: their answers must not touch the box. */
  const sent = useRef(new Set<string>());
  /** True while a burst of typing lasts: its navigations replace the entry its first one pushed. */
  const inBurst = useRef(false);

  useEffect(() => {
    if (sent.current.has(defaultValue)) return;
    sent.current.clear();
    setValue(defaultValue);
  }, [defaultValue]);

  useEffect(() => {
    // Back and Forward are the user's own choice of query: the page's query wins again.
    const onPop = () => {
      sent.current.clear();
      inBurst.current = false;
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (e.key === '/' && !typing && !e.metaKey && !e.ctrlKey && !e.altKey) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(
    () => () => {
      if (debounce.current) clearTimeout(debounce.current);
      if (pause.current) clearTimeout(pause.current);
    },
    [],
  );

  const navigate = (q: string) => {
    const params = new URLSearchParams(keep);
    if (q.trim()) params.set('q', q);
    const href = `${action}?${params.toString()}`;
    sent.current.add(q.trim() ? q : '');
    const push = !inBurst.current;
    inBurst.current = true;
    startTransition(() => (push ? router.push(href, { scroll: false }) : router.replace(href, { scroll: false })));
  };

  const schedule = (q: string) => {
    if (debounce.current) clearTimeout(debounce.current);
    if (pause.current) clearTimeout(pause.current);
    debounce.current = setTimeout(() => navigate(q), DEBOUNCE_MS);
    pause.current = setTimeout(() => (inBurst.current = false), DEBOUNCE_MS + PAUSE_MS);
  };

  const cancel = () => {
    if (debounce.current) clearTimeout(debounce.current);
    debounce.current = null;
  };

  const onChange = (q: string, isComposing: boolean) => {
    setValue(q);
    if (!live) return;
    // Mid-word in an IME: wait for compositionend.
    if (composing.current || isComposing) return cancel();
    schedule(q);
  };

  return (
    <form action={action} method="get" role="search" className="w-full">
      {keep.map(([name, v]) => (
        <input key={`${name}=${v}`} type="hidden" name={name} value={v} />
      ))}
      <label htmlFor={id} className={compact ? 'sr-only' : 'mb-1 block text-sm font-medium text-stone-700'}>
        {labels.label}
      </label>
      <div className="flex gap-2">
        <input
          ref={input}
          id={id}
          name="q"
          type="search"
          value={value}
          autoFocus={autoFocus}
          autoComplete="off"
          maxLength={1000}
          placeholder={labels.placeholder}
          aria-describedby={compact ? undefined : `${id}-hint`}
          aria-busy={pending}
          onChange={(e) => onChange(e.target.value, (e.nativeEvent as InputEvent).isComposing === true)}
          onCompositionStart={() => {
            composing.current = true;
            cancel();
          }}
          onCompositionEnd={(e) => {
            composing.current = false;
            onChange(e.currentTarget.value, false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !composing.current) {
              // Clears the box only: the results stay until the user searches again.
              e.preventDefault();
              cancel();
              setValue('');
            }
          }}
          className={`min-w-0 flex-1 rounded-md border border-stone-400 bg-white px-3 text-base shadow-sm placeholder:text-stone-500 ${compact ? 'py-1' : 'py-2'}`}
        />
        <button type="submit" className={`rounded-md bg-accent px-4 font-medium text-white hover:bg-accent-dark ${compact ? 'py-1 text-sm' : 'py-2'}`}>
          {labels.submit}
        </button>
      </div>
      {!compact && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-600 pointer-coarse:hidden">
          {labels.hint}
        </p>
      )}
    </form>
  );
}
