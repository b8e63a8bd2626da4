/**
 * Reading Lighthouse reports against the targets: the pure parts of `npm run lighthouse`
 * (scripts/lighthouse.ts). Only the few fields of a Lighthouse result (LHR) read here are typed.
 */

export interface LhAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
  metricSavings?: Record<string, number | undefined>;
  details?: { type?: string; overallSavingsMs?: number; overallSavingsBytes?: number; items?: Record<string, unknown>[] };
}

export interface LhCategory {
  id: string;
  score: number | null;
  auditRefs: { id: string; weight: number; group?: string }[];
}

export interface Lhr {
  finalDisplayedUrl?: string;
  requestedUrl?: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  categories: Record<string, LhCategory | undefined>;
  audits: Record<string, LhAudit | undefined>;
}

export const CATEGORIES = ['performance', 'accessibility', 'seo', 'best-practices'] as const;

/** The targets: mobile performance ≥ 95, accessibility 100, TBT ≤ 150 ms, LCP ≤ 2 s, no layout shift. */
export const TARGETS = { performance: 95, accessibility: 100, tbtMs: 150, lcpMs: 2000, cls: 0 } as const;

export interface Row {
  performance: number | null;
  accessibility: number | null;
  seo: number | null;
  bestPractices: number | null;
  tbtMs: number | null;
  lcpMs: number | null;
  cls: number | null;
  fcpMs: number | null;
  totalBytes: number | null;
  scriptBytes: number | null;
}

const pct = (c: LhCategory | undefined) => (c?.score == null ? null : Math.round(c.score * 100));
const num = (a: LhAudit | undefined) => (a?.numericValue == null ? null : a.numericValue);

/** One report as a table row: scores 0–100, metrics in ms, bytes transferred. */
export function rowOf(lhr: Lhr): Row {
  const items = lhr.audits['resource-summary']?.details?.items ?? [];
  const script = items.find((i) => i.resourceType === 'script');
  return {
    performance: pct(lhr.categories.performance),
    accessibility: pct(lhr.categories.accessibility),
    seo: pct(lhr.categories.seo),
    bestPractices: pct(lhr.categories['best-practices']),
    tbtMs: num(lhr.audits['total-blocking-time']),
    lcpMs: num(lhr.audits['largest-contentful-paint']),
    cls: num(lhr.audits['cumulative-layout-shift']),
    fcpMs: num(lhr.audits['first-contentful-paint']),
    totalBytes: num(lhr.audits['total-byte-weight']),
    scriptBytes: typeof script?.transferSize === 'number' ? script.transferSize : null,
  };
}

/** The targets a row misses, as short labels (`perf 88 < 95`); a figure Lighthouse could not measure misses too. */
export function missedTargets(r: Row): string[] {
  const out: string[] = [];
  const check = (value: number | null, ok: (v: number) => boolean, label: (v: number | null) => string) => {
    if (value === null || !ok(value)) out.push(label(value));
  };
  check(
    r.performance,
    (v) => v >= TARGETS.performance,
    (v) => `perf ${v ?? '?'} < ${TARGETS.performance}`,
  );
  check(
    r.accessibility,
    (v) => v >= TARGETS.accessibility,
    (v) => `a11y ${v ?? '?'} < ${TARGETS.accessibility}`,
  );
  check(
    r.tbtMs,
    (v) => v <= TARGETS.tbtMs,
    (v) => `TBT ${v === null ? '?' : Math.round(v)} ms > ${TARGETS.tbtMs}`,
  );
  check(
    r.lcpMs,
    (v) => v <= TARGETS.lcpMs,
    (v) => `LCP ${v === null ? '?' : Math.round(v)} ms > ${TARGETS.lcpMs}`,
  );
  // CLS is a float: anything Lighthouse rounds to 0.000 is no shift.
  check(
    r.cls,
    (v) => Math.round(v * 1000) / 1000 <= TARGETS.cls,
    (v) => `CLS ${v === null ? '?' : v.toFixed(3)} > ${TARGETS.cls}`,
  );
  return out;
}

/**
 * The median of several runs of one page by performance score (the middle run once sorted; with
 * an even count the lower of the two middle ones). Runs without a score sort last.
 */
export function medianRun<T extends Lhr>(runs: T[]): T {
  if (!runs.length) throw new Error('no runs');
  const score = (r: Lhr) => r.categories.performance?.score ?? -1;
  const sorted = runs.map((r, i) => ({ r, i })).sort((a, b) => score(b.r) - score(a.r) || a.i - b.i);
  return sorted[Math.floor((sorted.length - 1) / 2) + (sorted.length % 2 === 0 ? 1 : 0)]!.r;
}

export interface Failing {
  category: string;
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
}

const SCORED = new Set(['binary', 'numeric', 'metricSavings']);

/**
 * What keeps a report from its targets: in accessibility, SEO and best practices every scored audit
 * under 0.9; in performance the `perfTop` opportunities and diagnostics that fail, those saving the
 * most time first (metrics themselves are in the row).
 */
export function failingAudits(lhr: Lhr, perfTop = 5): Failing[] {
  const out: Failing[] = [];
  const failing = (id: string) => {
    const a = lhr.audits[id];
    return a && a.score !== null && a.score < 0.9 && SCORED.has(a.scoreDisplayMode) ? a : null;
  };
  const perf = lhr.categories.performance;
  if (perf) {
    const savings = (a: LhAudit) => a.details?.overallSavingsMs ?? Object.values(a.metricSavings ?? {}).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
    const found = perf.auditRefs
      .filter((r) => r.group !== 'metrics' && r.group !== 'hidden')
      .map((r) => failing(r.id))
      .filter((a): a is LhAudit => a !== null)
      .sort((a, b) => savings(b) - savings(a) || (a.score ?? 0) - (b.score ?? 0) || a.id.localeCompare(b.id));
    for (const a of found.slice(0, perfTop)) out.push({ category: 'performance', id: a.id, title: a.title, score: a.score, displayValue: a.displayValue });
  }
  for (const category of ['accessibility', 'seo', 'best-practices']) {
    for (const r of lhr.categories[category]?.auditRefs ?? []) {
      const a = failing(r.id);
      if (a) out.push({ category, id: a.id, title: a.title, score: a.score, displayValue: a.displayValue });
    }
  }
  return out;
}
