import type { NextRequest } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { apiError, handle } from '@/lib/site/api';
import { EMBED_HEIGHT, EMBED_WIDTH, embedSnippet } from '@/lib/format/embed';
import { isLocale } from '@/i18n/routing';
import { isDocumentId } from '@/lib/plan/ids';
import { placeLine } from '@/lib/format/place';
import { origin, paragraph } from '@/lib/site/portal';

export const dynamic = 'force-dynamic';

/** oEmbed 1.0 for paragraph permalinks: /{zh|en}/p/{id} on this site. */
export function GET(request: NextRequest) {
  return handle(async () => {
    const params = request.nextUrl.searchParams;
    const format = params.get('format') ?? 'json';
    if (format !== 'json') return apiError(501, 'unsupported_format', 'only format=json is supported');
    const raw = params.get('url');
    if (!raw) return apiError(400, 'missing_url', 'url is required');
    const base = await origin();
    let url: URL;
    try {
      url = new URL(raw, base);
    } catch {
      return apiError(400, 'invalid_url', 'url is not a URL');
    }
    const path = url.host === new URL(base).host ? url.pathname : '';
    const m = /^\/([a-z]{2})\/p\/([^/]+)$/.exec(path);
    const lang = m?.[1];
    const found = m && isLocale(lang) && isDocumentId(m[2]!) ? paragraph(m[2]!) : null;
    if (!found || !isLocale(lang)) return apiError(404, 'not_found', 'url is not a paragraph permalink of this site');
    const t = await getTranslations({ locale: lang, namespace: 'Metadata' });
    const title = placeLine(found.doc, lang, 'chapter') || found.plan.title[lang];
    // oEmbed 1.0 § 2.2: the answer (and the html it carries) must fit maxwidth × maxheight.
    const bound = (name: string, fallback: number) => {
      const v = Number(params.get(name));
      return Number.isFinite(v) && v > 0 ? Math.min(fallback, Math.floor(v)) : fallback;
    };
    const width = bound('maxwidth', EMBED_WIDTH);
    const height = bound('maxheight', EMBED_HEIGHT);
    return Response.json({
      version: '1.0',
      type: 'rich',
      provider_name: t('siteName'),
      provider_url: base,
      title,
      author_name: found.plan.issuer[lang],
      html: embedSnippet(base, found.doc.id, lang, title, { width, height }),
      width,
      height,
    });
  });
}
