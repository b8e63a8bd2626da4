import { getRequestConfig } from 'next-intl/server';
import { isLocale, LOCALES, routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return { locale, messages: LOCALES[locale].messages };
});
