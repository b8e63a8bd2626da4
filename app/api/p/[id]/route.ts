import { apiError, handle } from '@/lib/site/api';
import { isDocumentId } from '@/lib/plan/ids';
import { origin, paragraph } from '@/lib/site/portal';

export const dynamic = 'force-dynamic';

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const { id } = await params;
    const found = isDocumentId(id) ? paragraph(id) : null;
    if (!found) return apiError(404, 'not_found', 'no document has this id');
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
