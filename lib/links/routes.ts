/**
 * The site's paths, without the locale: i18n/navigation.ts's `localePath` puts the locale in front.
 * One place for every page's address, so a route changes here only.
 */
const withHl = (hl: string | undefined) => (hl ? `?hl=${encodeURIComponent(hl)}` : '');

export const routes = {
  home: () => '/',
  /** The results page; `query` is the search state's parameters (lib/search-url.ts). */
  search: (query: [string, string][] = []) => {
    const qs = new URLSearchParams(query).toString();
    return `/search${qs ? `?${qs}` : ''}`;
  },
  permalink: (id: string, hl?: string) => `/p/${id}${withHl(hl)}`,
  /** A paragraph's share image (og:image), in the locale the path is put in. */
  shareImage: (id: string) => `/p/${id}/share.png`,
  chapter: (n: number, at?: { anchor?: string; hl?: string }) => `/c/${n}${withHl(at?.hl)}${at?.anchor ? `#${at.anchor}` : ''}`,
  indicators: () => '/indicators',
  /** The comparison tables; `query` is `view` and `q` (lib/search/compare.ts). */
  compare: (query: [string, string][] = []) => {
    const qs = new URLSearchParams(query).toString();
    return `/compare${qs ? `?${qs}` : ''}`;
  },
  /** A comparison table as data (`format=csv` to download it): an API path, not under a locale. */
  compareData: (query: [string, string][] = []) => `/api/compare?${new URLSearchParams(query).toString()}`,
  /** The embeddable card: not under a locale; the language is a parameter. */
  embed: (id: string, locale: string) => `/embed/p/${id}?lang=${locale}`,
  /** The whole plan as data: downloads, their dictionary and licence terms. */
  data: () => '/data',
};

/** Downloads: API addresses, not under a locale (the language, where it matters, is `lang`). */
export const downloads = {
  /** One paragraph's reference in a reference manager's format. */
  reference: (id: string, format: string, lang: string) => `/api/p/${id}?${new URLSearchParams({ format, lang })}`,
  /** A page of search results; `query` is the search state's parameters (lib/links/search-url.ts). */
  results: (query: [string, string][], format: string, lang: string, page: number, per: number) =>
    `/api/search?${new URLSearchParams([...query, ['per', String(per)], ['page', String(page)], ['format', format], ['lang', lang]])}`,
  /** The whole plan (`documents.csv`, `documents.jsonl`) and the indicator table (`indicators.csv`). */
  dataset: (file: 'documents.csv' | 'documents.jsonl' | 'indicators.csv') => `/api/data/${file}`,
};
