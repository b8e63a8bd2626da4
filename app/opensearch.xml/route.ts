import { getTranslations } from 'next-intl/server';
import { escapeHtml } from '@/lib/search/highlight';
import { origin } from '@/lib/portal';

export const dynamic = 'force-dynamic';

/** Lets browsers add the portal as a search engine for the address bar. */
export async function GET() {
  const base = await origin();
  const t = await getTranslations({ locale: 'zh', namespace: 'Metadata' });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeHtml(t('openSearchName'))}</ShortName>
  <Description>${escapeHtml(t('tagline'))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Url type="text/html" method="get" template="${escapeHtml(base)}/zh/search?q={searchTerms}"/>
  <Url type="application/json" method="get" template="${escapeHtml(base)}/api/search?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
}
