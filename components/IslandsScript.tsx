import { islandsScript } from '@/lib/site/islands';

/**
 * The browser's script (browser/main.ts). Async, so React puts it in the head, where it loads early,
 * and also loads it on the pages Next draws in the browser (its not-found pages); it waits for the
 * page itself.
 */
export function IslandsScript() {
  const src = islandsScript();
  return src ? <script src={src} async /> : null;
}
