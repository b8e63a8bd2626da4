/**
 * How a judged query is scored, for `npm run eval` and the test floors alike: recall@k counts each
 * expected paragraph found within the query's k; MRR@10 takes, per query, 1 / the rank of the first
 * paragraph that states the answer (0 past 10; `answers` names more that do); a negative (`expect: []`, `negative: true`) passes when
 * nothing is counted as a match (paragraphs holding only some words may be shown, apart).
 */
import type { SampleQuery } from '../sample-queries';

export interface Judged {
  query: SampleQuery & { negative?: boolean };
  found: number;
  expected: number;
  /** 1 / rank of the first expected paragraph within 10, else 0. */
  rr: number;
  /** Each expected paragraph's rank, 0 when not offered. */
  ranks: number[];
  negative: boolean;
  passed: boolean;
  /** A line for the report, when a paragraph is missed or ranked low, or a negative counts matches. */
  problem?: string;
}

/**
 * `hits` as the page lists them; `sections`, the line of matching headings above them, is a channel of
 * its own: a heading that is the answer ranks by its place in that line.
 */
export function judge(s: SampleQuery & { negative?: boolean }, total: number, hits: { id: string; text: string }[], sections: { id: string; text: string }[] = []): Judged {
  if (s.negative) {
    const passed = total === 0;
    return { query: s, found: 0, expected: 0, rr: 0, ranks: [], negative: true, passed, problem: passed ? undefined : `negative ${s.id} ${JSON.stringify(s.q)}: ${total} counted as matches` };
  }
  const at = (list: { text: string }[], e: string) => list.findIndex((h) => h.text.includes(e)) + 1 || Infinity;
  const ranks = s.expect.map((e) => Math.min(at(hits, e), at(sections, e))).map((r) => (r === Infinity ? 0 : r));
  const found = ranks.filter((r) => r > 0 && r <= s.k).length;
  const other = (list: { id: string }[]) => list.findIndex((h) => s.answers?.includes(h.id)) + 1 || Infinity;
  const first = Math.min(...ranks.map((r) => (r > 0 ? r : Infinity)), other(hits), other(sections));
  const rr = first <= 10 ? 1 / first : 0;
  const low = first > 1;
  return {
    query: s,
    found,
    expected: s.expect.length,
    rr,
    ranks,
    negative: false,
    passed: found === s.expect.length,
    problem: low ? `${found < s.expect.length ? 'miss' : 'low '} ${s.id} [${s.lang}] ${JSON.stringify(s.q)}: ranks ${ranks.map((r) => r || '-').join(', ')} (k=${s.k})` : undefined,
  };
}

export function summarize(results: Judged[]) {
  const positives = results.filter((r) => !r.negative);
  const negatives = results.filter((r) => r.negative);
  const found = positives.reduce((n, r) => n + r.found, 0);
  const expected = positives.reduce((n, r) => n + r.expected, 0);
  return {
    queries: positives.length,
    found,
    expected,
    recall: expected ? found / expected : 1,
    mrr10: positives.length ? positives.reduce((n, r) => n + r.rr, 0) / positives.length : 1,
    negatives: negatives.length,
    negativesPassed: negatives.filter((r) => r.passed).length,
  };
}
