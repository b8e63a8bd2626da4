/**
 * CSV as spreadsheet programs open it: UTF-8 with a byte-order mark (without one, Excel reads the
 * Chinese as the system's legacy code page), CR LF between records and quotes where a field needs
 * them (RFC 4180; csv-stringify does the quoting).
 */
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | boolean | null;

export function toCsv(header: readonly string[], rows: Cell[][]): string {
  return stringify([[...header], ...rows], {
    bom: true,
    record_delimiter: 'windows',
    // A line break of either kind inside a field is quoted: spreadsheets end a record at a bare LF too.
    quoted_match: /[\r\n]/,
    cast: { boolean: (b) => (b ? 'true' : 'false') },
  });
}
