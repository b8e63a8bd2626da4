import type { NextRequest } from 'next/server';
import { apiError, handle } from '@/lib/site/api';
import { paragraphDownload } from '@/lib/site/downloads';
import { isDocumentId } from '@/lib/plan/ids';
import { origin, paragraph } from '@/lib/site/portal';

export const dynamic = 'force-dynamic';

const notFound = () => apiError(404, 'not_found', 'no document has this id');

export function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const { id } = await params;
    const query = request.nextUrl.searchParams;
    // `format` asks for the paragraph's reference as a file (RIS, BibTeX, CSL-JSON).
    if (query.has('format')) return (isDocumentId(id) && paragraphDownload(id, query, await origin())) || notFound();
    const found = isDocumentId(id) ? paragraph(id) : null;
    if (!found) return notFound();
    const base = await origin();
    return Response.json({
      document: found.doc,
      url: `${base}/zh/p/${id}`,
      before: found.before.map((d) => d.id),
      after: found.after.map((d) => d.id),
      plan: { id: found.plan.id, title: found.plan.title, issuer: found.plan.issuer, issued: found.plan.issued },
    });
  });
}
