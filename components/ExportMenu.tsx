import { FORMAT_NAMES, RESULT_FORMATS } from '@/lib/format/download';
import { downloads } from '@/lib/links/routes';

interface ExportLabels {
  summary: string;
  note: string;
  /** "Results 1–100": one file's share of the results. */
  range: (from: number, to: number) => string;
  /** A link's accessible name: "CSV, results 1–100". */
  link: (format: string, from: number, to: number) => string;
  data: string;
}

/** Results per file: the API's largest page. */
export const EXPORT_PER = 100;

/**
 * "Export results": the results of the search shown (same query, filters and order) as files, a
 * hundred per file, each range in every format. A disclosure, so it works without JavaScript.
 */
export function ExportMenu({ query, total, lang, dataHref, labels }: { query: [string, string][]; total: number; lang: string; dataHref: string; labels: ExportLabels }) {
  const ranges = Array.from({ length: Math.ceil(total / EXPORT_PER) }, (_, k) => ({ page: k + 1, from: k * EXPORT_PER + 1, to: Math.min(total, (k + 1) * EXPORT_PER) }));
  return (
    <details className="group relative text-sm" data-export>
      <summary className="cursor-pointer list-none rounded border border-stone-400 bg-white px-2 py-0.5 text-stone-800 hover:bg-stone-100 group-open:bg-stone-100">
        {labels.summary} <span aria-hidden="true">▾</span>
      </summary>
      <div className="absolute left-0 z-20 mt-1 w-[min(26rem,calc(100vw-2rem))] space-y-2 rounded-lg border border-stone-300 bg-white p-3 shadow-lg lg:left-auto lg:right-0">
        <p className="text-xs text-stone-600">{labels.note}</p>
        <ul className="space-y-1.5">
          {ranges.map(({ page, from, to }) => (
            <li key={page} className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
              <span className="w-full text-stone-700 sm:w-auto sm:min-w-28">{labels.range(from, to)}</span>
              {RESULT_FORMATS.map((format) => (
                <a
                  key={format}
                  href={downloads.results(query, format, lang, page, EXPORT_PER)}
                  download
                  aria-label={labels.link(FORMAT_NAMES[format], from, to)}
                  className="rounded border border-stone-300 px-1.5 py-0.5 font-medium text-sky-800 hover:bg-sky-50"
                >
                  {FORMAT_NAMES[format]}
                </a>
              ))}
            </li>
          ))}
        </ul>
        <p className="border-t border-stone-200 pt-2 text-xs">
          <a href={dataHref} className="text-sky-800 underline">
            {labels.data}
          </a>
        </p>
      </div>
    </details>
  );
}
