'use client';

import { useState } from 'react';

/** Copies `text` to the clipboard and says so for a moment. */
export function CopyButton({ text, label, done, className = '' }: { text: string; label: string; done: string; className?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
        } catch {
          // Clipboard refused (insecure context): select-and-copy from the text shown next to the button still works.
          return;
        }
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
      className={`rounded border border-stone-400 bg-white px-2 py-1 text-sm text-stone-800 hover:bg-stone-100 ${className}`}
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  );
}
