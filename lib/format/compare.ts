/** Words for the comparison tables (lib/search/compare.ts): row and column names, and the CSV file. */
import { stringify } from 'csv-stringify/sync';
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES, type Locale, type Messages } from '../../i18n/routing';
import type { Axis, Matrix } from '../search/compare';
import { titledLabel } from './place';

const LOCALE_LIST = Object.keys(LOCALES) as Locale[];

/** A row's or column's name in one language: "呈贡区", "第三十章 实施碧水行动" / "Chapter 30: …". */
export function axisLabel(a: Axis, locale: Locale): string {
  return a.facet === 'chapter' ? titledLabel('chapter', { no: Number(a.value), ...a.label }, locale) : a.label[locale];
}

function message(locale: Locale, key: keyof Messages['Compare']): string {
  return new IntlMessageFormat(LOCALES[locale].messages.Compare[key], locale).format() as string;
}

/** One header in every UI language: "全部主题 / All topics". */
const everyLanguage = (name: (l: Locale) => string) => LOCALE_LIST.map(name).join(' / ');

/**
 * The table as a spreadsheet reads it: one row per row of the table, its code and its name in each
 * UI language, then the counts; column headers in every language. A UTF-8 byte-order mark, so that
 * spreadsheet programs read the Chinese as UTF-8.
 */
export function compareCsv(m: Matrix): string {
  const names = (a: Axis) => LOCALE_LIST.map((l) => axisLabel(a, l));
  const header = [everyLanguage((l) => message(l, 'csvCode')), ...LOCALE_LIST.map((l) => message(l, 'csvName')), ...m.columns.map((c) => everyLanguage((l) => axisLabel(c, l)))];
  const rows = m.rows.map((r, k) => [r.value, ...names(r), ...m.counts[k]!.map(String)]);
  // The districts' whole-plan totals: a last column beside the topics, a last row under the chapters.
  const table =
    m.view === 'topics'
      ? [[...header, everyLanguage((l) => message(l, 'allTopics'))], ...rows.map((row, k) => [...row, String(m.totals[k])])]
      : [header, ...rows, ['', ...LOCALE_LIST.map((l) => message(l, 'wholePlan')), ...m.totals.map(String)]];
  return stringify(table, { bom: true, record_delimiter: 'windows' });
}

/**
 * The download's Content-Disposition: an ASCII name for every client, and (RFC 6266) the same name
 * with the query, which may be Chinese, for those that read `filename*`.
 */
export function compareDisposition(m: Pick<Matrix, 'view' | 'q'>): string {
  const base = m.view === 'topics' ? 'compare-districts-topics' : 'compare-chapters-districts';
  const words = m.q
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const disposition = `attachment; filename="${base}.csv"`;
  return words ? `${disposition}; filename*=UTF-8''${encodeURIComponent(`${base}-${words}.csv`)}` : disposition;
}
