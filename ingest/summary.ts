/** The end-of-run summary of an ingest: what was found, counted from the documents. */
import type { Outline, PlanDocument } from '../lib/plan/model';

function countBy<T>(items: T[], keys: (item: T) => string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of keys(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

export function summarize(documents: PlanDocument[], outline: Outline, ms: { total: number; jieba: number }, stale: string[] = []): string {
  const chapters = outline.documents.flatMap((d) => d.parts.flatMap((p) => p.chapters));
  const tokens = documents.reduce((n, d) => n + d.tokens.length, 0);
  const table = (rows: [string, number][]) => rows.map(([k, n]) => `  ${k.padEnd(14, ' ')} ${n}`).join('\n');
  return [
    `documents       ${documents.length} in ${outline.documents.length} plan(s)`,
    table(countBy(documents, (d) => [d.kind])),
    `parts           ${outline.documents.reduce((n, d) => n + d.parts.length, 0)} (${outline.documents.reduce((n, d) => n + d.parts.filter((p) => p.present).length, 0)} with text)`,
    `chapters        ${chapters.length} (${chapters.filter((c) => c.present).length} with text)`,
    `sections        ${chapters.reduce((n, c) => n + c.sections.length, 0)}`,
    `boxes           ${chapters.reduce((n, c) => n + c.boxes.length, 0)}`,
    `indicator rows  ${documents.filter((d) => d.kind === 'indicator').length}`,
    ...translationLines(documents, stale),
    `truncated       ${
      outline.documents
        .filter((d) => d.truncated)
        .map((d) => d.id)
        .join(', ') || 'none'
    }`,
    `tokens          ${tokens} (${(tokens / Math.max(1, documents.length)).toFixed(1)} per document)`,
    'documents per district:',
    table(countBy(documents, (d) => d.districts.map((t) => t.zh))),
    'documents per topic:',
    table(countBy(documents, (d) => d.topics.map((t) => `${t.id}`))),
    `time            ${(ms.total / 1000).toFixed(2)} s (jieba ${(ms.jieba / 1000).toFixed(2)} s)`,
  ].join('\n');
}

/** Documents with a translation, by locale, and the stale ones (their Chinese changed since): named, not used. */
function translationLines(documents: PlanDocument[], stale: string[]): string[] {
  const counts = new Map<string, number>();
  for (const d of documents) for (const l of Object.keys(d.translations ?? {})) counts.set(l, (counts.get(l) ?? 0) + 1);
  const lines = [...counts].map(([l, n]) => `translated (${l})  ${n} of ${documents.length}`);
  if (stale.length > 0) lines.push(`stale translations ${stale.length}, not used: ${stale.slice(0, 10).join(', ')}${stale.length > 10 ? ' …' : ''}`);
  return lines;
}
