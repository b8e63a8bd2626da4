import type { ReactNode } from 'react';
import type { PlanDocument } from '@/lib/plan/model';

export interface CellLabels {
  /** What an empty cell shows ("—"). */
  dash: string;
  /** Why the cell is empty. */
  empty: string;
  /** That the value comes from a merged cell above. */
  inherited: string;
}

/** One source cell: line breaks kept, an empty cell as "—" with its explanation, a merged-cell value marked. */
export function TableCell({ value, inherited, labels }: { value: string | null; inherited: boolean; labels: CellLabels }) {
  if (value === null)
    return (
      <abbr title={labels.empty} className="cursor-help text-stone-600">
        {labels.dash}
        <span className="sr-only"> ({labels.empty})</span>
      </abbr>
    );
  const lines = value.split('\n').map((line, k) => (
    <span key={k}>
      {k > 0 && <br />}
      {line}
    </span>
  ));
  if (!inherited) return <span lang="zh-CN">{lines}</span>;
  return (
    <span title={labels.inherited} className="text-stone-600">
      <span lang="zh-CN">{lines}</span>
      <span className="sr-only"> ({labels.inherited})</span>
    </span>
  );
}

/** Short cells (序号, 预期性, 呈贡区) stay on one line instead of breaking between characters. */
const short = (v: string | null | undefined) => !v || v.split('\n').every((line) => line.length <= 8);

/**
 * A table rebuilt by ingest (a box table, the main-indicator table): one <tr> per source row, each
 * with the document's id so that permalinks and search hits can point at it.
 */
export function ChapterTable({
  id,
  caption,
  captionHidden = false,
  header,
  rows,
  notes = [],
  labels,
}: {
  id?: string;
  caption: ReactNode;
  captionHidden?: boolean;
  header: PlanDocument | undefined;
  rows: PlanDocument[];
  notes?: PlanDocument[];
  labels: CellLabels;
}) {
  // The rows know every column, the printed header may not (the indicator header has no 类别 cell).
  const columns = rows[0]?.table?.columns ?? header?.table?.columns ?? [];
  const captionId = `${rows[0]?.id ?? id}-caption`;
  return (
    <div id={id} className="my-4">
      {/* Focusable so that keyboard users can scroll a table wider than the screen. */}
      <div tabIndex={0} role="region" aria-labelledby={captionId} className="relative overflow-x-auto rounded border border-stone-300 bg-white">
        <table className="w-full min-w-[36rem] border-collapse text-sm">
          <caption id={captionId} className={captionHidden ? 'sr-only' : 'border-b border-stone-300 bg-stone-100 px-3 py-2 text-left font-semibold'}>
            {caption}
          </caption>
          <thead>
            <tr id={header?.id} className="bg-stone-50">
              {columns.map((c) => (
                <th key={c} scope="col" lang="zh-CN" className="whitespace-nowrap border-b border-stone-300 px-2 py-1.5 text-left align-bottom font-semibold">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr id={r.id} key={r.id} className="border-b border-stone-200 align-top last:border-b-0">
                {columns.map((c, k) => (
                  <td key={c} className={`px-2 py-1.5 ${short(r.table?.cells[k]) ? 'whitespace-nowrap' : 'min-w-[8rem]'}`}>
                    <TableCell value={r.table?.cells[k] ?? null} inherited={r.table?.inherited?.includes(c) ?? false} labels={labels} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notes.map((n) => (
        <p key={n.id} id={n.id} lang="zh-CN" className="mt-1 text-sm text-stone-700">
          {n.text}
        </p>
      ))}
    </div>
  );
}
