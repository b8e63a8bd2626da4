import type { ReactNode } from 'react';
import type { PlanDocument } from '@/lib/plan/model';

interface IndicatorChartLabels {
  /** A printed name or unit in the page language, with its language tag (English glosses on English pages). */
  term: (zh: string) => { text: string; lang: string };
  title: string;
  desc: string;
  y2020: string;
  y2025: string;
  data: string;
  /** One pair as a sentence; the name and unit already in the page language. */
  row: (v: { name: string; from: string; to: string; unit: string }) => ReactNode;
  omitted: (count: number) => string;
}

/** "1.3", "16.9", "1025": a value printed as a plain number; "72左右", ">98", "[7500]" are not. */
const PLAIN = /^\d+(\.\d+)?$/;

interface Pair {
  id: string;
  name: string;
  unit: string;
  from: string;
  to: string;
}

/** The indicators whose 2020 value and 2025 target are both plain numbers, with the strings as printed. */
export function plottable(rows: PlanDocument[]): Pair[] {
  return rows.flatMap((r) => {
    const get = (c: string) => {
      const k = r.table?.columns.indexOf(c) ?? -1;
      return (k < 0 ? null : r.table?.cells[k]) ?? null;
    };
    const from = get('2020年')?.trim();
    const to = get('2025年')?.trim();
    if (!from || !to || !PLAIN.test(from) || !PLAIN.test(to)) return [];
    return [{ id: r.id, name: get('指标名称') ?? r.id, unit: get('单位') ?? '', from, to }];
  });
}

const W = 340;
const LEGEND = 30;
const ITEM = 62;
/** A label line's height, for each line past the first. */
const LINE = 15;

/** Roughly how wide a string is set at `size` px: CJK characters a full em, others a little over half. */
const widthOf = (s: string, size: number) => Array.from(s).reduce((w, ch) => w + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch) ? size : size * 0.58), 0);

/**
 * A label broken into lines that fit `max` px at `size` px (SVG text does not wrap, and what
 * runs past the chart's edge is cut off): between words in English, anywhere in Chinese.
 */
export function wrapLabel(text: string, size: number, max = W): string[] {
  const pieces = text.match(/\p{Script=Han}|[^\s\p{Script=Han}]+\s*|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && widthOf((line + piece).trimEnd(), size) > max) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
const BAR = 12;
const X0 = 38; // bars start after the year labels
const MAX = W - X0 - 62; // room for the value after the longest bar
const COLOR = { y2020: '#78716c', y2025: '#9f1d20' }; // stone-500, accent: both ≥ 3:1 on white

/**
 * 2020 against the 2025 target, two bars per indicator. The units differ, so each pair is scaled to
 * its own larger value: the chart shows direction and relative change, not sizes across indicators.
 * Plain server-rendered SVG; the same figures follow as text.
 */
export function IndicatorChart({ rows, labels }: { rows: PlanDocument[]; labels: IndicatorChartLabels }) {
  const pairs = plottable(rows).map((p) => {
    const name = labels.term(p.name);
    const unit = labels.term(p.unit);
    const size = name.lang === 'en' ? 12 : 14;
    return { ...p, lang: name.lang, size, lines: wrapLabel(`${name.text} (${unit.text})`, size) };
  });
  const tops = pairs.reduce<number[]>((acc, p, k) => [...acc, k === 0 ? LEGEND : acc[k - 1]! + ITEM + (pairs[k - 1]!.lines.length - 1) * LINE], []);
  const last = pairs[pairs.length - 1];
  const height = last ? tops[tops.length - 1]! + ITEM + (last.lines.length - 1) * LINE : LEGEND;
  return (
    <figure className="md:grid md:grid-cols-[minmax(0,28rem)_1fr] md:items-start md:gap-8">
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby="indicator-chart-title indicator-chart-desc" className="h-auto w-full max-w-md" fontFamily="inherit">
        <title id="indicator-chart-title">{labels.title}</title>
        <desc id="indicator-chart-desc">{labels.desc}</desc>
        <g fontSize="12" fill="#292524">
          <rect x={0} y={6} width={12} height={12} fill={COLOR.y2020} />
          <text x={17} y={16}>
            {labels.y2020}
          </text>
          <rect x={110} y={6} width={12} height={12} fill={COLOR.y2025} />
          <text x={127} y={16}>
            {labels.y2025}
          </text>
        </g>
        {pairs.map((p, k) => {
          const top = tops[k]!;
          const extra = (p.lines.length - 1) * LINE;
          const a = Number(p.from);
          const b = Number(p.to);
          const max = Math.max(a, b) || 1;
          const bars = [
            { key: 'y2020' as const, value: p.from, len: (a / max) * MAX, y: top + extra + 22 },
            { key: 'y2025' as const, value: p.to, len: (b / max) * MAX, y: top + extra + 22 + BAR + 4 },
          ];
          return (
            <g key={p.id}>
              <text x={0} y={top + 14} fontSize={p.size} fill="#1c1917" lang={p.lang}>
                {p.lines.map((line, i) => (
                  <tspan key={i} x={0} dy={i === 0 ? 0 : LINE}>
                    {line}
                  </tspan>
                ))}
              </text>
              {bars.map((bar) => (
                <g key={bar.key} fontSize="12">
                  <text x={X0 - 6} y={bar.y + BAR - 1.5} textAnchor="end" fill="#57534e">
                    {bar.key === 'y2020' ? '2020' : '2025'}
                  </text>
                  <rect x={X0} y={bar.y} width={Math.max(bar.len, 1)} height={BAR} rx={2} fill={COLOR[bar.key]} />
                  <text x={X0 + Math.max(bar.len, 1) + 4} y={bar.y + BAR - 1.5} fill="#292524">
                    {bar.value}
                  </text>
                </g>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-3 text-sm text-stone-700 md:mt-0">
        <details>
          <summary className="cursor-pointer text-sky-800">{labels.data}</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {pairs.map((p) => (
              <li key={p.id}>
                <a href={`#${p.id}`} className="text-sky-800 underline underline-offset-2 hover:text-accent">
                  {labels.row({ name: p.name, from: p.from, to: p.to, unit: p.unit })}
                </a>
              </li>
            ))}
          </ul>
        </details>
        <p className="mt-2">{labels.omitted(rows.length - pairs.length)}</p>
      </figcaption>
    </figure>
  );
}
