/**
 * Search pages rendered by the production server itself. Every query is a page nobody asked for
 * before, so none can be rendered ahead (server/prerender.ts); Next's page pipeline costs some
 * 15 ms a page here whatever the page holds (its server components' payload, then the HTML from
 * it). This renders the same components Next's search page does (components/SearchPage.tsx inside
 * components/SiteChrome.tsx) to HTML in one synchronous pass of React's server renderer.
 *
 * What only Next knows, its stylesheets and icon under their build hashes, the browser's script and
 * the headers its configuration adds, is read from one search page Next rendered (`shellOf`): the
 * worker asks Next for one when it starts and renders itself only once it has it. e2e/search-page.spec.ts
 * holds the two renderers to the same document.
 */
import { renderToString } from 'react-dom/server';
import { localePath } from '../i18n/navigation';
import { LOCALES, routing, type Locale } from '../i18n/routing';
import { routes } from '../lib/links/routes';
import type { PageShell } from './page-shell';
import { SearchPage } from '../components/SearchPage';
import { SiteChrome, SiteHead } from '../components/SiteChrome';
import { searchMetadata, siteTitle } from '../lib/site/page-meta';
import { planAbout, search } from '../lib/site/plan-data';
import { paramsRecord, searchPageModel } from '../lib/site/search-page';

/** A request sent with this header is rendered by Next's search page: the reference the tests compare with, and how the worker learns its shell. */
export const NEXT_RENDER_HEADER = 'x-plan-search-renderer';

/** The locale of a search page's path (`/en/search` → en), or null for any other path. */
export function searchPageLocale(pathname: string): Locale | null {
  return routing.locales.find((l) => localePath(l, routes.search()) === pathname) ?? null;
}

/** The search page of `url` (its path names the locale), for a visitor on `origin`. */
export async function renderSearchPage(url: URL, origin: string, shell: PageShell): Promise<string> {
  const locale = searchPageLocale(url.pathname);
  if (!locale) throw new Error(`not a search page: ${url.pathname}`);
  const sp = paramsRecord(url.searchParams);
  const model = await searchPageModel(locale, sp, search);
  const meta = searchMetadata(locale, sp.q);
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
          <SearchPage locale={locale} origin={origin} model={model} />
        </SiteChrome>
      </body>
    </html>,
  )}`;
}

/** A search page's title and social tags (lib/site/page-meta.ts), in the order Next writes them. */
function MetaTags({ locale, meta }: { locale: Locale; meta: ReturnType<typeof searchMetadata> }) {
  const og = meta.openGraph as { title: string; description: string; siteName: string; locale: string; type: string };
  const twitter = meta.twitter as { card: string; title: string; description: string };
  return (
    <>
      <title>{siteTitle(locale, meta.title)}</title>
      <meta name="description" content={meta.description} />
      <meta name="robots" content="noindex" />
      <meta property="og:title" content={og.title} />
      <meta property="og:description" content={og.description} />
      <meta property="og:site_name" content={og.siteName} />
      <meta property="og:locale" content={og.locale} />
      <meta property="og:type" content={og.type} />
      <meta name="twitter:card" content={twitter.card} />
      <meta name="twitter:title" content={twitter.title} />
      <meta name="twitter:description" content={twitter.description} />
    </>
  );
}
