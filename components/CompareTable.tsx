import { type Locale, SOURCE_LOCALE } from '@/i18n/routing';
import { axisLabel } from '@/lib/format/compare';
import { shadeLegend, shadeLevel } from '@/lib/format/shade';
import { cellHref } from '@/lib/links/compare-url';
import type { Axis, Matrix } from '@/lib/search/compare';
import { ScrollCue } from './ScrollCue';

export interface CompareTableLabels {
  caption: string;
  /** The header over the row names: "District" or "Chapter". */
  corner: string;
  /** The districts' whole-plan totals: "All topics" (a last column) or "Whole plan" (a last row). */
  totals: string;
  cell: (row: string, column: string, count: number) => string;
  scrollHint: string;
  keysHint: string;
  skip: string;
  legend: string;
  /** "1–2", or "3" when a shade stands for one count. */
  range: (from: number, to: number) => string;
}

/** Background per shade (lib/format/shade.ts): dark text reads on every one of them (WCAG AA). */
export const SHADE_CLASSES = ['', 'bg-sky-100', 'bg-sky-200', 'bg-sky-300', 'bg-sky-400'];

/**
 * A comparison table: a real table with a caption and row and column headers; each count a link to
 * exactly the paragraphs it counts (the search page with the row's and column's filters), named in
 * full for screen readers ("呈贡区, 数字经济: 12 paragraphs"); 0 is text, not a link. On a narrow
 * screen it scrolls sideways with the row names held in place.
 */
export function CompareTable({ matrix: m, lang, labels, id }: { matrix: Matrix; lang: Locale; labels: CompareTableLabels; id: string }) {
  const name = (a: Axis) => axisLabel(a, lang);
  // Chinese column heads read top to bottom, as Chinese is set vertically; others turned to read upwards.
  // Longer names (English) get taller heads on wide screens, so that they wrap less and the table fits.
  const vertical = lang === SOURCE_LOCALE ? 'h-[9.5rem] [writing-mode:vertical-rl]' : 'h-[9.5rem] lg:h-[13rem] [writing-mode:vertical-rl] rotate-180';
  const count = (n: number, row: string, column: string, filters: Axis[]) =>
    n > 0 ? (
      <a
        href={cellHref(lang, m.q, filters)}
        aria-label={labels.cell(row, column, n)}
        className="block px-1.5 py-1.5 text-stone-950 underline decoration-stone-500 underline-offset-2 hover:decoration-2 focus-visible:outline-3 focus-visible:-outline-offset-3 focus-visible:outline-stone-950"
        data-count={n}
      >
        {n}
      </a>
    ) : (
      <span className="block px-1.5 py-1.5 text-stone-500" data-count={0}>
        0
      </span>
    );
  const stickyCell = 'sticky left-0 z-10 bg-white shadow-[1px_0_0_var(--color-stone-300)]';
  // Narrow on a phone, where the row names stay in place beside the scrolling counts.
  const rowHeadWidth = m.view === 'topics' ? 'min-w-[7.5rem] max-w-[9rem] sm:max-w-[14rem]' : 'min-w-[8rem] max-w-[9rem] sm:min-w-[15rem] sm:max-w-[18rem]';
  const totalsHead = <span className="font-semibold">{labels.totals}</span>;

  return (
    <div>
      <a href={`#${id}-after`} className="sr-only focus:not-sr-only focus:mb-2 focus:inline-block focus:rounded focus:bg-white focus:p-2 focus:text-sky-800 focus:underline">
        {labels.skip}
      </a>
      {m.max > 0 && (
        <div className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700">
          <span id={`${id}-legend`}>{labels.legend}:</span>
          <ul aria-labelledby={`${id}-legend`} className="flex flex-wrap gap-x-3 gap-y-1">
            {shadeLegend(m.max).map((s) => (
              <li key={s.level} className="flex items-center gap-1">
                <span aria-hidden="true" className={`inline-block h-4 w-5 rounded-sm border border-stone-300 ${SHADE_CLASSES[s.level]}`} />
                {labels.range(s.from, s.to)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ScrollCue region={id}>
        <span aria-hidden="true">↔ </span>
        {labels.scrollHint}
      </ScrollCue>
      <p className="mb-1 hidden text-sm text-stone-600 sm:block">{labels.keysHint}</p>
      <div
        id={id}
        tabIndex={0}
        role="region"
        aria-labelledby={`${id}-caption`}
        // Keeps a focused count clear of the row names that stay in place when scrolled to.
        className="relative max-h-[80vh] overflow-auto rounded-lg border border-stone-300 bg-white scroll-pl-[9.5rem] scroll-pt-40 lg:scroll-pt-56 sm:scroll-pl-[18.5rem]"
        data-compare={m.view}
        // Arrow keys move between counts (browser/compare-keys.ts).
        data-arrow-keys
      >
        <table className="border-separate border-spacing-0 text-sm">
          <caption id={`${id}-caption`} className="border-b border-stone-300 bg-stone-100 px-3 py-2 text-left font-semibold">
            {/* Held at the left while the table scrolls sideways, like the row names. */}
            <span className="sticky left-3">{labels.caption}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col" className={`${stickyCell} top-0 z-30 border-b-2 border-stone-300 px-2 py-2 text-left align-bottom font-semibold ${rowHeadWidth}`}>
                {labels.corner}
              </th>
              {m.columns.map((c) => (
                <th key={c.value} scope="col" className="sticky top-0 z-20 border-b-2 border-l border-stone-300 border-l-stone-200 bg-white px-1 py-2 align-bottom font-normal">
                  <span className={`mx-auto block text-left text-xs leading-tight ${vertical}`}>{name(c)}</span>
                </th>
              ))}
              {m.view === 'topics' && (
                <th scope="col" className="sticky top-0 z-20 border-b-2 border-l-2 border-stone-300 bg-white px-1 py-2 align-bottom">
                  <span className={`mx-auto block text-left text-xs leading-tight ${vertical}`}>{totalsHead}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {m.rows.map((r, i) => (
              <tr key={r.value} className="group">
                <th
                  scope="row"
                  className={`${stickyCell} border-b border-stone-200 px-2 py-1 text-left align-middle text-xs font-medium leading-snug group-hover:bg-stone-50 ${rowHeadWidth}`}
                >
                  {name(r)}
                </th>
                {m.columns.map((c, j) => {
                  const n = m.counts[i]![j]!;
                  const level = shadeLevel(n, m.max);
                  return (
                    <td key={c.value} className={`min-w-[2.25rem] border-b border-l border-stone-200 text-center tabular-nums ${SHADE_CLASSES[level]}`}>
                      {count(n, name(r), name(c), [r, c])}
                    </td>
                  );
                })}
                {m.view === 'topics' && (
                  <td className="min-w-[2.75rem] border-b border-l-2 border-stone-200 border-l-stone-300 bg-stone-50 text-center font-semibold tabular-nums">
                    {count(m.totals[i]!, name(r), labels.totals, [r])}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
          {m.view === 'chapters' && (
            <tfoot>
              <tr>
                <th scope="row" className={`${stickyCell} border-t-2 border-stone-300 px-2 py-1.5 text-left text-xs font-semibold ${rowHeadWidth}`}>
                  {labels.totals}
                </th>
                {m.columns.map((c, j) => (
                  <td key={c.value} className="border-l border-t-2 border-stone-300 border-l-stone-200 bg-stone-50 text-center font-semibold tabular-nums">
                    {count(m.totals[j]!, labels.totals, name(c), [c])}
                  </td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <span id={`${id}-after`} tabIndex={-1} />
    </div>
  );
}
