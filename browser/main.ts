/**
 * Everything that runs in the browser, as small "islands" over server-rendered HTML: no framework,
 * a few kilobytes (npm run analyze). Each island finds its markup by data attributes and listens on
 * the document, so parts of the page that live results replace need no setting up again.
 * `<html data-ready>` says they are attached: keys pressed before that reach no handler.
 */
import { attachCompareKeys } from './compare-keys';
import { attachCopy } from './copy';
import { elementOf } from './dom';
import { attachEmbedResize } from './embed-resize';
import { attachLocaleLinks } from './locale-links';
import { attachResultKeys } from './result-keys';
import { attachScrollCues } from './scroll-cue';
import { attachSearchBoxes } from './search-box';

function start() {
  attachCopy();
  attachSearchBoxes();
  attachLocaleLinks();
  attachResultKeys();
  attachScrollCues();
  attachCompareKeys();
  attachEmbedResize();
  // The error page's "Try again" (app/[locale]/error.tsx).
  document.addEventListener('click', (e) => {
    if (elementOf(e.target)?.closest('[data-reload]')) window.location.reload();
  });
  document.documentElement.dataset.ready = 'true';
}

/** The page's content is there: parsed, and (on a page React draws in the browser) drawn. */
const drawn = () => document.readyState !== 'loading' && (document.documentElement.id !== '__next_error__' || !!document.querySelector('main, h1'));

// The script loads async, so it may run before the page is parsed. Next draws the embeddable card's
// not-found note in the browser (server/next-runtime.ts leaves its runtime on it; the site's own
// not-found pages are the server's, server/own-pages.tsx): there it waits for React.
if (drawn()) start();
else {
  const check = () => {
    if (!drawn()) return;
    observer.disconnect();
    document.removeEventListener('DOMContentLoaded', check);
    start();
  };
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', check);
}
