/**
 * Pages the production server renders itself rather than through Next.
 *
 * - Search pages. Every query is a page nobody asked for before, so none can be rendered ahead
 *   (server/prerender.ts), and Next's page pipeline costs some 15 ms a page here whatever the page
 *   holds (its server components' payload, then the HTML from it). This renders the same components
 *   Next's search page does (components/SearchPage.tsx inside components/SiteChrome.tsx) in one
 *   synchronous pass of React's server renderer.
 * - Not-found pages. Under a dynamic layout Next sends them as a shell its runtime draws in the
 *   browser (vercel/next.js#62228); the worker puts this server-rendered page in their place.
 *
 * What only Next knows, its stylesheets and icon under their build hashes, the browser's script and
 * the headers its configuration adds, is read from one search page Next rendered (server/page-shell.ts):
 * the worker asks Next for one when it starts and renders pages itself only once it has it.
 * e2e/own-pages.spec.ts holds the two renderers of search pages to the same document.
 */
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import type { Metadata } from 'next';
import { localePath } from '../i18n/navigation';
import { isLocale, LOCALES, routing, type Locale } from '../i18n/routing';
import { routes } from '../lib/links/routes';
import type { PageShell } from './page-shell';
import { NotFoundPage } from '../components/NotFoundPage';
import { SearchPage } from '../components/SearchPage';
import { SiteChrome, SiteHead } from '../components/SiteChrome';
import { notFoundMetadata, searchMetadata, siteTitle } from '../lib/site/page-meta';
import { planAbout, search } from '../lib/site/plan-data';
import { paramsRecord, searchPageModel } from '../lib/site/search-page';

/** A request sent with this header is rendered by Next's search page: the reference the tests compare with, and how the worker learns its shell. */
export const NEXT_RENDER_HEADER = 'x-plan-search-renderer';

/** Each language's search page path (`/en/search`), made once: every page request asks. */
const SEARCH_PATHS = new Map(routing.locales.map((l) => [localePath(l, routes.search()), l]));

/** The locale of a search page's path (`/en/search` → en), or null for any other path. */
export function searchPageLocale(pathname: string): Locale | null {
  return SEARCH_PATHS.get(pathname) ?? null;
}

/** The search page of `url` (its path names the locale), for a visitor on `origin`. */
export async function renderSearchPage(url: URL, origin: string, shell: PageShell): Promise<string> {
  const locale = searchPageLocale(url.pathname);
  if (!locale) throw new Error(`not a search page: ${url.pathname}`);
  const sp = paramsRecord(url.searchParams);
  const model = await searchPageModel(locale, sp, search);
  return document(locale, url, shell, searchMetadata(locale, sp.q), <SearchPage locale={locale} origin={origin} model={model} />);
}

/** The site's not-found page for `url`, in the language its path names (the default language otherwise). */
export function renderNotFoundPage(url: URL, shell: PageShell): string {
  const first = url.pathname.split('/')[1];
  const locale = isLocale(first) ? first : routing.defaultLocale;
  return document(locale, url, shell, notFoundMetadata(locale), <NotFoundPage locale={locale} />);
}

/** A whole page: the head Next would write for `meta`, and the site's header and footer around `content`. */
function document(locale: Locale, url: URL, shell: PageShell, meta: Metadata & { title: string }, content: ReactNode): string {
  // The query as Next hands it to its layout (proxy.ts): parsed and written again, so `%20` becomes `+`.
  const here = { path: url.pathname, query: url.searchParams.size > 0 ? `?${url.searchParams}` : '' };
  return `<!DOCTYPE html>${renderToString(
    <html lang={LOCALES[locale].html}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {shell.stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} precedence="next" />
        ))}
        <MetaTags locale={locale} meta={meta} />
        {shell.icons.map((icon) => (
          <link key={icon.href} rel="icon" href={icon.href} sizes={icon.sizes} type={icon.type} />
        ))}
        <SiteHead locale={locale} />
      </head>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <SiteChrome locale={locale} here={here} about={planAbout()} script={shell.script}>
          {content}
        </SiteChrome>
      </body>
    </html>,
  )}`;
}

/** A page's title and tags (lib/site/page-meta.ts), in the order Next writes them. */
function MetaTags({ locale, meta }: { locale: Locale; meta: Metadata & { title: string } }) {
  const og = meta.openGraph as { title: string; description: string; siteName: string; locale: string; type: string } | undefined;
  const twitter = meta.twitter as { card: string; title: string; description: string } | undefined;
  const robots = meta.robots as { index: boolean } | undefined;
  return (
    <>
      <title>{siteTitle(locale, meta.title)}</title>
      {meta.description && <meta name="description" content={meta.description} />}
      {robots?.index === false && <meta name="robots" content="noindex" />}
      {og && (
        <>
          <meta property="og:title" content={og.title} />
          <meta property="og:description" content={og.description} />
          <meta property="og:site_name" content={og.siteName} />
          <meta property="og:locale" content={og.locale} />
          <meta property="og:type" content={og.type} />
        </>
      )}
      {twitter && (
        <>
          <meta name="twitter:card" content={twitter.card} />
          <meta name="twitter:title" content={twitter.title} />
          <meta name="twitter:description" content={twitter.description} />
        </>
      )}
    </>
  );
}
