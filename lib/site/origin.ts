/**
 * The site's origin as a visitor reached it, from the request's headers: the proxy's
 * X-Forwarded-Host and X-Forwarded-Proto, else Host over HTTP; `fallback` (SITE_URL) when the host
 * is missing or not a plain host name, so that no header's text ever lands in a link.
 */
export function originFrom(header: (name: string) => string | null | undefined, fallback: string): string {
  const host = header('x-forwarded-host') ?? header('host');
  if (!host || !/^[a-zA-Z0-9.-]+(:\d+)?$/.test(host)) return fallback;
  const proto = header('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}
