import { type Locale } from '@/i18n/routing';
import { searchHref, type SearchState } from '@/lib/links/search-url';

interface PaginationLabels {
  label: string;
  previous: string;
  next: string;
  /** "Page 3" for a page link's accessible name. */
  page: (n: number) => string;
}

/** The pages to show: first, …, current ± 2, …, last (`null` for a gap). */
function pageWindow(page: number, pages: number, around = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= around) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

export function Pagination({ state, total, per, lang, labels }: { state: SearchState; total: number; per: number; lang: Locale; labels: PaginationLabels }) {
  const pages = Math.ceil(total / per);
  if (pages <= 1) return null;
  const page = state.page;
  const link = 'inline-block min-w-9 rounded border border-stone-300 bg-white px-3 py-1 text-center hover:bg-stone-100';
  return (
    <nav aria-label={labels.label} className="mt-6 flex flex-wrap items-center justify-center gap-2 text-sm">
      {page > 1 && (
        <a href={searchHref(lang, { ...state, page: Math.min(page - 1, pages) })} rel="prev" className={link}>
          {labels.previous}
        </a>
      )}
      <ol className="flex flex-wrap items-center gap-1">
        {pageWindow(page, pages).map((n, k) =>
          n === null ? (
            <li key={`gap-${k}`} aria-hidden="true" className="px-1 text-stone-600">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span
                  aria-current="page"
                  aria-label={labels.page(n)}
                  className="inline-block min-w-9 rounded border border-stone-800 bg-stone-800 px-3 py-1 text-center font-semibold text-white"
                >
                  {n}
                </span>
              ) : (
                <a href={searchHref(lang, { ...state, page: n })} aria-label={labels.page(n)} className={link}>
                  {n}
                </a>
              )}
            </li>
          ),
        )}
      </ol>
      {page < pages && (
        <a href={searchHref(lang, { ...state, page: page + 1 })} rel="next" className={link}>
          {labels.next}
        </a>
      )}
    </nav>
  );
}
