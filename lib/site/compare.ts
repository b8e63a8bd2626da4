/** `/api/compare`: a comparison table as JSON, or as a CSV download (`format=csv`). */
import { compareCsv, compareDisposition } from '../format/compare';
import { compareMatrix, parseView } from '../search/compare';
import { sharedEngine } from '../search/engine';
import { SearchInputError } from '../search/types';
import { handle } from './api';

const FORMATS = ['json', 'csv'] as const;

export function compareAnswer(params: URLSearchParams): Promise<Response> {
  return handle(async () => {
    const formats = params.getAll('format');
    const format = formats.length === 0 ? 'json' : formats.length === 1 ? formats[0] : null;
    if (!FORMATS.some((f) => f === format)) throw new SearchInputError('invalid_format', `format must be one of ${FORMATS.join(', ')}`);
    const m = await compareMatrix(sharedEngine(), parseView(params.getAll('view')), params.getAll('q'));
    if (format === 'csv') {
      return new Response(compareCsv(m), { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': compareDisposition(m) } });
    }
    return Response.json({
      view: m.view,
      q: m.q,
      rows: m.rows.map(({ facet, value, label }) => ({ facet, value, ...label })),
      columns: m.columns.map(({ facet, value, label }) => ({ facet, value, ...label })),
      counts: m.counts,
      totals: m.totals,
    });
  });
}
