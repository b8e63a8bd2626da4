export interface CopyLabels {
  label: string;
  done: string;
  /** Said when the browser refuses the clipboard: the text is selected for the reader to copy. */
  manual: string;
}

/**
 * A button that copies `text` (and `html` beside it) to the clipboard and says so: the browser's
 * script does the copying (browser/copy.ts), from what is written here. `quote` makes it a "Copy
 * quote" button (components/CopyQuote.tsx).
 */
export function CopyButton({
  text,
  html,
  labels,
  className = '',
  quote,
}: {
  /** What is copied; a quote button (`quote`) writes its own from `quote.whole`. */
  text?: string;
  html?: string;
  labels: CopyLabels;
  className?: string;
  quote?: { scope: string; whole: string; source: string; labels: string };
}) {
  return (
    <span
      className="inline-flex max-w-full flex-wrap items-center gap-2"
      data-copy
      data-quote-scope={quote?.scope}
      data-quote-whole={quote?.whole}
      data-quote-source={quote?.source}
      data-quote-labels={quote?.labels}
    >
      <button
        type="button"
        data-copy-text={text}
        data-copy-html={html}
        data-label={labels.label}
        data-done={labels.done}
        data-manual={labels.manual}
        className={`rounded border border-stone-400 bg-white px-2 py-1 text-sm text-stone-800 hover:bg-stone-100 ${className}`}
      >
        {labels.label}
      </button>
      <span role="status" className="sr-only" />
    </span>
  );
}
