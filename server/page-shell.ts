/**
 * What a page carries from Next's build and configuration rather than from the site's components:
 * its stylesheets and icon under their build hashes, the browser's script, and the headers
 * next.config.js adds. The production server's own search pages (server/own-pages.tsx) are made
 * in the shell of one search page Next rendered, read from its HTML here.
 */

export interface PageShell {
  stylesheets: string[];
  icons: { href: string; sizes?: string; type?: string }[];
  script: string | null;
  /** Next's headers for the page (its security headers, content type), as the worker keeps them. */
  headers: Record<string, string | string[]>;
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/\s([a-zA-Z-]+)="([^"]*)"/g)) out[m[1]!.toLowerCase()] = unescape(m[2]!);
  return out;
}

/** The shell of a page Next rendered: null unless it is a whole HTML document with its stylesheet. */
export function shellOf(html: string, headers: Record<string, string | string[]>): PageShell | null {
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1];
  if (!head) return null;
  const links = [...head.matchAll(/<link\b[^>]*>/g)].map((m) => attributes(m[0]));
  const stylesheets = links.filter((l) => l.rel === 'stylesheet' && l.href).map((l) => l.href!);
  if (stylesheets.length === 0) return null;
  const icons = links.filter((l) => l.rel === 'icon' && l.href).map((l) => ({ href: l.href!, sizes: l.sizes, type: l.type }));
  const script = [...head.matchAll(/<script\b[^>]*>/g)].map((m) => attributes(m[0])).find((s) => s.src && 'async' in s)?.src ?? null;
  return { stylesheets, icons, script, headers: { ...headers } };
}
