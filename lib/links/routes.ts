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
  /** The embeddable card: not under a locale; the language is a parameter. */
  embed: (id: string, locale: string) => `/embed/p/${id}?lang=${locale}`,
};
