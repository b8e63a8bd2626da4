import type { PlanDocument } from '@/lib/model';
import { highlight } from '@/lib/search/highlight';

/**
 * A document's source text, marked where it matches `needles`: escaped text and <mark> only.
 * Table rows show as their cells.
 */
export function DocumentText({ doc, needles, className = '' }: { doc: PlanDocument; needles: string[]; className?: string }) {
  if (doc.table && (doc.kind === 'indicator' || doc.kind === 'table-row')) {
    return (
      <table lang="zh-CN" className={`text-sm ${className}`}>
        <tbody>
          {doc.table.columns.map((col, k) => (
            <tr key={col} className="align-top">
              <th scope="row" className="pr-3 text-left font-medium text-stone-600">
                {col}
              </th>
              <td className="whitespace-pre-line" dangerouslySetInnerHTML={{ __html: highlight(doc.table!.cells[k] ?? '—', needles, Infinity) }} />
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return <p lang="zh-CN" className={`whitespace-pre-line ${className}`} dangerouslySetInnerHTML={{ __html: highlight(doc.text, needles, Infinity) }} />;
}
