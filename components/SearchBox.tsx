export interface SearchBoxLabels {
  label: string;
  placeholder: string;
  submit: string;
  hint: string;
}

/**
 * A GET form: it works without JavaScript. The browser's script (browser/search-box.ts) adds `/` to
 * focus it from anywhere and Esc to clear it, and on the results page (`live`) makes the URL, and so
 * the server-rendered results, follow the typing.
 */
export function SearchBox({
  action,
  defaultValue,
  keep = [],
  live = false,
  id = 'q',
  compact = false,
  labels,
}: {
  action: string;
  defaultValue: string;
  /** Filters to keep when the query changes, as [name, value] pairs. */
  keep?: [string, string][];
  live?: boolean;
  id?: string;
  /** The small box in the page header: no visible label or hint. */
  compact?: boolean;
  labels: SearchBoxLabels;
}) {
  return (
    <form action={action} method="get" role="search" className="w-full" data-search-box data-live={live ? '' : undefined}>
      {keep.map(([name, v]) => (
        <input key={`${name}=${v}`} type="hidden" name={name} value={v} />
      ))}
      <label htmlFor={id} className={compact ? 'sr-only' : 'mb-1 block text-sm font-medium text-stone-700'}>
        {labels.label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          autoComplete="off"
          maxLength={1000}
          placeholder={labels.placeholder}
          aria-describedby={compact ? undefined : `${id}-hint`}
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
