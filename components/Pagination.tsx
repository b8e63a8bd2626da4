import { searchHref, type SearchState } from '@/lib/search-url';

export function Pagination({ state, total, per, lang, labels }: { state: SearchState; total: number; per: number; lang: string; labels: { label: string; previous: string; next: string; page: string } }) {
  const pages = Math.ceil(total / per);
  if (pages <= 1) return null;
  const page = state.page;
  const link = 'rounded border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100';
  return (
    <nav aria-label={labels.label} className="mt-6 flex items-center justify-between text-sm">
      {page > 1 ? (
        <a href={searchHref(lang, { ...state, page: page - 1 })} rel="prev" className={link}>
          {labels.previous}
        </a>
      ) : (
        <span />
      )}
      <span className="text-stone-700">{labels.page}</span>
      {page < pages ? (
        <a href={searchHref(lang, { ...state, page: page + 1 })} rel="next" className={link}>
          {labels.next}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
