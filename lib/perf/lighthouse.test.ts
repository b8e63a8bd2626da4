import { describe, expect, it } from 'vitest';
import { failingAudits, medianRun, missedTargets, rowOf, type LhAudit, type Lhr, type Row } from './lighthouse';

const audit = (id: string, extra: Partial<LhAudit> = {}): LhAudit => ({ id, title: `${id} title`, score: 1, scoreDisplayMode: 'binary', ...extra });

function report(perf: number | null, over: Partial<Lhr> = {}): Lhr {
  return {
    categories: {
      performance: { id: 'performance', score: perf, auditRefs: [] },
      accessibility: { id: 'accessibility', score: 1, auditRefs: [] },
      seo: { id: 'seo', score: 0.92, auditRefs: [] },
      'best-practices': { id: 'best-practices', score: 0.964, auditRefs: [] },
    },
    audits: {
      'total-blocking-time': audit('total-blocking-time', { numericValue: 120, scoreDisplayMode: 'numeric' }),
      'largest-contentful-paint': audit('largest-contentful-paint', { numericValue: 1800.4 }),
      'cumulative-layout-shift': audit('cumulative-layout-shift', { numericValue: 0 }),
      'first-contentful-paint': audit('first-contentful-paint', { numericValue: 900 }),
      'total-byte-weight': audit('total-byte-weight', { numericValue: 200_000 }),
      'resource-summary': audit('resource-summary', {
        details: {
          type: 'table',
          items: [
            { resourceType: 'total', transferSize: 200_000 },
            { resourceType: 'script', transferSize: 150_000 },
          ],
        },
      }),
    },
    ...over,
  };
}

describe('rowOf', () => {
  it('reads scores as 0–100 and the metrics', () => {
    expect(rowOf(report(0.951))).toEqual({
      performance: 95,
      accessibility: 100,
      seo: 92,
      bestPractices: 96,
      tbtMs: 120,
      lcpMs: 1800.4,
      cls: 0,
      fcpMs: 900,
      totalBytes: 200_000,
      scriptBytes: 150_000,
    });
  });

  it('leaves what is missing unknown', () => {
    const r = rowOf({ categories: {}, audits: {} });
    expect(r.performance).toBeNull();
    expect(r.scriptBytes).toBeNull();
  });
});

describe('missedTargets', () => {
  const ok: Row = { performance: 95, accessibility: 100, seo: 100, bestPractices: 100, tbtMs: 150, lcpMs: 2000, cls: 0.0004, fcpMs: 800, totalBytes: 1, scriptBytes: 1 };

  it('passes a row on every boundary', () => {
    expect(missedTargets(ok)).toEqual([]);
  });

  it('names each target missed', () => {
    const missed = missedTargets({ ...ok, performance: 94, accessibility: 98, tbtMs: 151, lcpMs: 2001, cls: 0.01 });
    expect(missed).toHaveLength(5);
    expect(missed[0]).toMatch(/^perf 94/);
    expect(missed.join(' ')).toMatch(/a11y 98.*TBT 151.*LCP 2001.*CLS 0\.010/);
  });

  it('counts a figure that could not be measured as missed', () => {
    expect(missedTargets({ ...ok, lcpMs: null })).toEqual(['LCP ? ms > 2000']);
  });

  it('does not look at SEO or best practices (no target)', () => {
    expect(missedTargets({ ...ok, seo: 50, bestPractices: 50 })).toEqual([]);
  });
});

describe('medianRun', () => {
  it('takes the middle run by performance score', () => {
    const runs = [report(0.9), report(0.97), report(0.93)];
    expect(medianRun(runs)).toBe(runs[2]);
  });

  it('takes the lower middle one of an even count, and a single run as it is', () => {
    const runs = [report(0.8), report(0.9), report(0.95), report(0.99)];
    expect(medianRun(runs)).toBe(runs[1]);
    const one = [report(0.5)];
    expect(medianRun(one)).toBe(one[0]);
  });

  it('sorts runs without a score last, and refuses none', () => {
    const runs = [report(null), report(0.9), report(0.7)];
    expect(medianRun(runs)).toBe(runs[2]);
    expect(() => medianRun([])).toThrow();
  });
});

describe('failingAudits', () => {
  it('lists failing audits of a11y, SEO and best practices, and the costliest perf ones', () => {
    const lhr = report(0.8, {
      categories: {
        performance: {
          id: 'performance',
          score: 0.8,
          auditRefs: [
            { id: 'total-blocking-time', weight: 30, group: 'metrics' },
            { id: 'unused-javascript', weight: 0 },
            { id: 'mainthread-work-breakdown', weight: 0, group: 'diagnostics' },
            { id: 'font-display', weight: 0 },
            { id: 'network-rtt', weight: 0, group: 'hidden' },
          ],
        },
        accessibility: {
          id: 'accessibility',
          score: 0.9,
          auditRefs: [
            { id: 'color-contrast', weight: 7 },
            { id: 'aria-allowed-role', weight: 1 },
          ],
        },
        seo: {
          id: 'seo',
          score: 0.9,
          auditRefs: [
            { id: 'hreflang', weight: 1 },
            { id: 'manual-one', weight: 0 },
          ],
        },
      },
      audits: {
        'total-blocking-time': audit('total-blocking-time', { score: 0.3, scoreDisplayMode: 'numeric' }),
        'unused-javascript': audit('unused-javascript', {
          score: 0.5,
          scoreDisplayMode: 'metricSavings',
          details: { overallSavingsMs: 300 },
          displayValue: 'Potential savings of 29 KiB',
        }),
        'mainthread-work-breakdown': audit('mainthread-work-breakdown', { score: 0, scoreDisplayMode: 'metricSavings', metricSavings: { TBT: 900, LCP: undefined } }),
        'font-display': audit('font-display', { score: 1, scoreDisplayMode: 'metricSavings' }),
        'network-rtt': audit('network-rtt', { score: 0, scoreDisplayMode: 'numeric' }),
        'color-contrast': audit('color-contrast', { score: 0 }),
        'aria-allowed-role': audit('aria-allowed-role', { score: null, scoreDisplayMode: 'notApplicable' }),
        hreflang: audit('hreflang', { score: 0 }),
        'manual-one': audit('manual-one', { score: 0, scoreDisplayMode: 'manual' }),
      },
    });
    expect(failingAudits(lhr).map((f) => `${f.category}:${f.id}`)).toEqual([
      'performance:mainthread-work-breakdown',
      'performance:unused-javascript',
      'accessibility:color-contrast',
      'seo:hreflang',
    ]);
    expect(failingAudits(lhr, 1).filter((f) => f.category === 'performance')).toHaveLength(1);
    expect(failingAudits(lhr).find((f) => f.id === 'unused-javascript')!.displayValue).toBe('Potential savings of 29 KiB');
  });
});
