/**
 * Next's client runtime taken out of a rendered page. The pages are server-rendered HTML whose few
 * interactive parts are the browser's own small script (browser/main.ts); Next still writes its
 * React runtime (some 150 KB gzipped) and the React Server Components payload (as much again as the
 * HTML it repeats) into every page, for client-side navigation the site does not use. The production
 * server sends pages without them (server/worker.ts).
 *
 * Removed: Next's `<script src>` chunks and their preloads, the inline RSC payload
 * (`self.__next_f.push`) and Turbopack's bootstrap. A page whose content still waits on a script
 * (a Suspense boundary streamed out of order: `$RC`, `<template id="B:…">`) is left whole.
 */

const CHUNK_SCRIPT = /<script\b[^>]*\bsrc="\/_next\/static\/chunks\/[^"]*"[^>]*><\/script>/g;
const CHUNK_PRELOAD = /<link\b[^>]*\bhref="\/_next\/static\/chunks\/[^"]*\.js"[^>]*\/?>/g;
const RSC_PAYLOAD = /<script>\(?self\.__next_f[\s\S]*?<\/script>/g;
const BOOTSTRAP = /<script\b[^>]*>[^<]*TURBOPACK[\s\S]*?<\/script>/g;
const PENDING = /\$RC\(|<template id="B:|<html id="__next_error__"/;

/** The page without Next's client runtime, or the page unchanged when its content depends on it. */
export function withoutNextRuntime(html: string): { html: string; stripped: boolean } {
  if (PENDING.test(html) || !html.includes('/_next/static/chunks/')) return { html, stripped: false };
  const out = html.replace(CHUNK_SCRIPT, '').replace(CHUNK_PRELOAD, '').replace(RSC_PAYLOAD, '').replace(BOOTSTRAP, '');
  return { html: out, stripped: true };
}

/**
 * The page's Content-Security-Policy once nothing inline is left to run: scripts from the site only
 * (Next's own inline bootstrap is what needed 'unsafe-inline').
 */
export const withoutInlineScripts = (csp: string): string => csp.replace(/(script-src [^;]*?)\s*'unsafe-inline'/, '$1');
