import { isLocale, LOCALES } from '@/i18n/routing';
import { shareCard } from '@/lib/share/card';
import { renderShareImage } from '@/lib/share/render';
import { isDocumentId } from '@/lib/plan/ids';
import { apiError, handle } from '@/lib/site/api';
import { paragraph, shareFonts } from '@/lib/site/portal';

export const dynamic = 'force-dynamic';

/** A paragraph's share image (og:image), 1200×630 PNG, in the page's language; kept and revalidated like the pages (server/response-cache.ts). */
export function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  return handle(async () => {
    const { locale, id } = await params;
    const found = isLocale(locale) && isDocumentId(id) ? paragraph(id) : null;
    if (!isLocale(locale)) return apiError(404, 'not_found', 'no such language');
    if (!found) return apiError(404, 'not_found', 'no document has this id');
    const m = LOCALES[locale].messages;
    const card = shareCard({
      doc: found.doc,
      plan: found.plan,
      locale,
      labels: { siteName: m.Metadata.siteName, translation: m.Paragraph.unofficialTranslation, original: m.Paragraph.original },
    });
    return renderShareImage(card, shareFonts());
  });
}
