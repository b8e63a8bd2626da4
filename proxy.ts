import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Everything but the API, the embeddable cards, Next's assets and files with an extension.
  matcher: '/((?!api|embed|_next|_vercel|.*\\..*).*)',
};
