import { createNavigation } from 'next-intl/navigation';
import { notFound } from 'next/navigation';
import { isLocale, routing, type Locale } from './routing';

/** Localised paths: `getPathname({ href: routes.chapter(30), locale })` → `/en/c/30`. */
export const { getPathname, redirect } = createNavigation(routing);

/** A route's `[locale]` segment as a Locale; anything else is a 404. */
export function localeOf(segment: string): Locale {
  if (!isLocale(segment)) notFound();
  return segment;
}

/** A path from lib/routes.ts in one locale: `localePath('en', routes.chapter(30))` → `/en/c/30`. */
export const localePath = (locale: Locale, path: string): string => getPathname({ href: path, locale });
