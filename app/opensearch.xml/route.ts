import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { LOCALES, routing } from '@/i18n/routing';
import { escapeHtml } from '@/lib/search/highlight';
import { origin } from '@/lib/site/portal';

export const dynamic = 'force-dynamic';

/** Lets browsers add the portal as a search engine for the address bar. */
export async function GET(request: Request) {
  const base = await origin();
  // Each locale's pages link their own description (?lang=), so the address bar searches in that language.
  const requested = new URL(request.url).searchParams.get('lang');
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeHtml(t('openSearchName'))}</ShortName>
  <Description>${escapeHtml(t('tagline'))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${LOCALES[locale].html}</Language>
  <Url type="text/html" method="get" template="${escapeHtml(base)}/${locale}/search?q={searchTerms}"/>
  <Url type="application/json" method="get" template="${escapeHtml(base)}/api/search?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
}
