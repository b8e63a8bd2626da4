import type { ReactNode } from 'react';
import { localePath } from '@/i18n/navigation';
import { LOCALES, routing, type Locale } from '@/i18n/routing';
import { translator } from '@/i18n/translator';
import { routes } from '@/lib/links/routes';
import type { PlanAbout } from '@/lib/site/plan-data';
import { HeaderSearch } from './HeaderSearch';
import { LocaleSwitcher } from './LocaleSwitcher';

/**
 * Everything in a page's body around its content: the skip link, the header (site name, sections,
 * the small search box, the language links), the footer naming the plan, and the browser's script.
 * Plain links: pages go without Next's client router (server/next-runtime.ts). The layout and the
 * production server's own search pages (server/own-pages.tsx) render this same component.
 */
export function SiteChrome({
  locale,
  here,
  about,
  script,
  children,
}: {
  locale: Locale;
  /** The request's path and query (lib/site/request-path.ts): the language links keep them. */
  here: { path: string; query: string };
  about: PlanAbout;
  /** The browser's script (lib/site/islands.ts), or null where there is none (`next dev`). */
  script: string | null;
  children: ReactNode;
}) {
  const t = translator(locale, 'Layout');
  const meta = translator(locale, 'Metadata');
  const ls = translator(locale, 'LocaleSwitcher');
  const tb = translator(locale, 'SearchBox');
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        {t('skipToContent')}
      </a>
      <header className="border-b border-stone-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <a href={localePath(locale, routes.home())} className="text-lg font-bold text-accent" aria-label={t('home')}>
            {meta('siteName')}
          </a>
          <nav className="flex gap-4 text-sm">
            <a href={localePath(locale, routes.search())} className="text-stone-700 hover:text-accent">
              {t('navSearch')}
            </a>
            <a href={localePath(locale, routes.chapter(1))} className="text-stone-700 hover:text-accent">
              {t('navChapters')}
            </a>
            <a href={localePath(locale, routes.indicators())} className="text-stone-700 hover:text-accent">
              {t('navIndicators')}
            </a>
          </nav>
          <HeaderSearch
            action={localePath(locale, routes.search())}
            path={here.path}
            ownBox={[localePath(locale, routes.home()), localePath(locale, routes.search())]}
            labels={{ label: tb('label'), placeholder: tb('placeholder'), submit: tb('submit'), hint: tb('hint') }}
          />
          <div className="ml-auto">
            <LocaleSwitcher
              current={localePath(locale, routes.home())}
              here={here}
              label={ls('label')}
              locales={routing.locales.map((l) => ({ home: localePath(l, routes.home()), name: ls('locale', { locale: l }), lang: LOCALES[l].html }))}
            />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      {about && (
        <footer className="mx-auto max-w-6xl px-4 pb-10 pt-6 text-xs text-stone-600 print:hidden">
          <p>{t('footer', { title: about.plan.title[locale], issuer: about.plan.issuer[locale], date: about.plan.issued })}</p>
          {about.plan.truncated && <p className="mt-1">{t('sourceTruncated', { chapter: about.lastChapter })}</p>}
          <p className="mt-1">
            <a href={localePath(locale, routes.data())} className="underline hover:text-accent">
              {t('footerData')}
            </a>
          </p>
        </footer>
      )}
      {/* Async, so React puts it in the head, where it loads early; it waits for the page itself. */}
      {script && <script src={script} async />}
    </>
  );
}

/** The head's own links every page has: the portal as the browser's address-bar search engine. */
export function SiteHead({ locale }: { locale: Locale }) {
  return <link rel="search" type="application/opensearchdescription+xml" href={`/opensearch.xml?lang=${locale}`} title={translator(locale, 'Metadata')('openSearchName')} />;
}
