import createMiddleware from 'next-intl/middleware';
import { NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { PATH_HEADER } from './lib/site/request-path';

const intl = createMiddleware(routing);

/** next-intl's locale routing; the request goes on with its path and query in a header, for the layout's language links (lib/site/request-path.ts). */
export default function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return intl(new NextRequest(request, { headers }));
}

export const config = {
  // Everything but the API, the embeddable cards, Next's assets and files with an extension.
  matcher: '/((?!api|embed|_next|_vercel|.*\\..*).*)',
};
