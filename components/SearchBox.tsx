'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';

export interface SearchBoxLabels {
  label: string;
  placeholder: string;
  submit: string;
  hint: string;
}

/**
 * A GET form (works without JavaScript). With JavaScript: `/` focuses it from anywhere, Esc clears
 * it, and on the results page the URL, and so the server-rendered results, follow the typing.
 */
export function SearchBox({
  action,
  defaultValue,
  keep = [],
  live = false,
  autoFocus = false,
  labels,
}: {
  action: string;
  defaultValue: string;
  /** Filters to keep when the query changes, as [name, value] pairs. */
  keep?: [string, string][];
  live?: boolean;
  autoFocus?: boolean;
  labels: SearchBoxLabels;
}) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(defaultValue);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Ensure the box shows the query of the page when navigation changes it.
  useEffect(() => setValue(defaultValue), [defaultValue]);

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

  const navigate = (q: string) => {
    const params = new URLSearchParams(keep);
    if (q.trim()) params.set('q', q);
    startTransition(() => router.replace(`${action}?${params.toString()}`, { scroll: false }));
  };

  const onChange = (q: string) => {
    setValue(q);
    if (!live) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => navigate(q), 250);
  };

  return (
    <form action={action} method="get" role="search" className="w-full">
      {keep.map(([name, v]) => (
        <input key={`${name}=${v}`} type="hidden" name={name} value={v} />
      ))}
      <label htmlFor="q" className="mb-1 block text-sm font-medium text-stone-700">
        {labels.label}
      </label>
      <div className="flex gap-2">
        <input
          ref={input}
          id="q"
          name="q"
          type="search"
          value={value}
          autoFocus={autoFocus}
          autoComplete="off"
          maxLength={1000}
          placeholder={labels.placeholder}
          aria-describedby="q-hint"
          aria-busy={pending}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              onChange('');
            }
          }}
          className="min-w-0 flex-1 rounded-md border border-stone-400 bg-white px-3 py-2 text-base shadow-sm placeholder:text-stone-500"
        />
        <button type="submit" className="rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-dark">
          {labels.submit}
        </button>
      </div>
      <p id="q-hint" className="mt-1 text-xs text-stone-600">
        {labels.hint}
      </p>
    </form>
  );
}
