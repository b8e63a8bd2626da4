/**
 * Tables in the source are flattened one cell per line. These functions rebuild their rows.
 * Each row keeps the source lines it came from, so nothing is lost.
 */
import { INDICATOR_COLUMNS, type TableRow } from '../lib/plan/model';

export interface Line {
  /** 1-based line number in the source file. */
  no: number;
  text: string;
}

interface RowBlock {
  lines: Line[];
  table: TableRow;
}

const ATTRIBUTE = /^(预期性|约束性)$/;
/** Units of the main-indicator table: short, no digits (%, 亿元, 万美元, 件, 个, 岁, 人, 年, 万吨, 万千瓦, ‰ …). */
const UNIT = /^(%|‰|[\u4e00-\u9fff]{1,4}|[a-zA-Z]{1,4})$/;

/**
 * The main-indicator table: after its header, each row is
 * index, [category lines], name, unit, 0–2 values, attribute, [source].
 * A category cell spans several rows (it is printed once); a source cell may span two rows
 * (printed once, on the first) and is then inherited.
 */
export function parseIndicatorRows(lines: Line[]): { rows: RowBlock[]; rest: Line[] } {
  const rows: RowBlock[] = [];
  let i = 0;
  let category: string | null = null;
  let lastSource: string | null = null;
  while (i < lines.length && lines[i]!.text === String(rows.length + 1)) {
    const start = i;
    i++;
    // A row runs to its attribute cell, then one source cell unless the next row starts at once.
    const body: Line[] = [];
    while (i < lines.length && !ATTRIBUTE.test(lines[i]!.text) && !/^备注/.test(lines[i]!.text)) body.push(lines[i++]!);
    if (i >= lines.length || !ATTRIBUTE.test(lines[i]!.text)) {
      throw new Error(`indicator row ${rows.length + 1} (line ${lines[start]!.no}) has no 预期性/约束性 attribute`);
    }
    const attr = body.length;
    body.push(lines[i++]!);
    const nextRow = String(rows.length + 2);
    if (i < lines.length && lines[i]!.text !== nextRow && !/^备注/.test(lines[i]!.text)) body.push(lines[i++]!);
    const texts = body.map((l) => l.text);
    // The unit is the last unit-looking cell before the values; the name stands right before it.
    let unit = -1;
    for (let k = 1; k < attr; k++) if (UNIT.test(texts[k]!)) unit = k;
    if (unit < 1) throw new Error(`indicator row ${rows.length + 1} (line ${lines[start]!.no}) has no unit cell`);
    const cats = texts.slice(0, unit - 1);
    if (cats.length > 0) category = cats.join('');
    const values = texts.slice(unit + 1, attr);
    if (values.length > 2) throw new Error(`indicator row ${rows.length + 1} has ${values.length} value cells`);
    const after = texts.slice(attr + 1);
    const inherited: string[] = [];
    let source: string | null = after.length > 0 ? after.join('') : null;
    if (source === null && lastSource !== null) {
      source = lastSource;
      inherited.push('数据来源');
    }
    lastSource = source;
    if (cats.length === 0 && category !== null) inherited.push('类别');
    rows.push({
      lines: lines.slice(start, i),
      table: {
        columns: [...INDICATOR_COLUMNS],
        cells: [lines[start]!.text, category, texts[unit - 1]!, texts[unit]!, values[0] ?? null, values[1] ?? null, texts[attr]!, source],
        ...(inherited.length > 0 ? { inherited } : {}),
      },
    });
  }
  return { rows, rest: lines.slice(i) };
}

/** A cell naming a development axis such as 昆明-安宁-楚雄 starts a row of a box table. */
const AXIS = /^[\u4e00-\u9fff]+(?:[-－—][\u4e00-\u9fff]+)+$/;
const SHORT_HEADER = /^[\u4e00-\u9fff]{2,6}$/;

/** The column headers of a box table: three or more short label lines right after the box title. */
export function boxTableHeader(lines: Line[]): number {
  let n = 0;
  while (n < lines.length && SHORT_HEADER.test(lines[n]!.text) && !AXIS.test(lines[n]!.text)) n++;
  return n >= 3 && n < lines.length && AXIS.test(lines[n]!.text) ? n : 0;
}

/**
 * Rows of a box table like 专栏26 (axis, carriers, towns, focus): a row starts at an axis cell;
 * its first cells are one line each, its last cell is its last line, and the cell before it
 * takes the lines in between (towns printed one per line).
 */
export function parseBoxTableRows(columns: string[], lines: Line[]): RowBlock[] {
  const starts = lines.flatMap((l, k) => (AXIS.test(l.text) ? [k] : []));
  return starts.map((s, r) => {
    const block = lines.slice(s, starts[r + 1] ?? lines.length);
    const texts = block.map((l) => l.text);
    const head = texts.slice(0, columns.length - 2);
    const middle = texts.slice(columns.length - 2, texts.length - 1);
    const cells = [...head, middle.length ? middle.join('\n') : null, texts.length >= columns.length - 1 ? texts[texts.length - 1]! : null];
    return { lines: block, table: { columns, cells } };
  });
}
