/**
 * `npm run --silent search -- [--json] [--chapter N] [--district X] [--topic T] [--page N] [--per N] [--sort order] "query"`
 * With --json, prints the API's JSON on stdout and nothing else; without, a readable list.
 */
import { parseArgs } from 'node:util';
import { createEngine } from '../lib/search/engine';
import { parseSearchParams } from '../lib/search/request';
import { isSearchInputError, type SearchResponse } from '../lib/search/types';
import { search } from '../lib/search/search';
import { isDataUnavailableError } from '../lib/plan/data-error';

function readable(r: SearchResponse): string {
  const strip = (html: string) =>
    html
      .replace(/<mark>/g, '【')
      .replace(/<\/mark>/g, '】')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const lines = [`${r.total} results for ${r.query.terms.join(' ') || '(no terms)'}${r.query.relaxed ? ' (no paragraph has every term)' : ''} · ${r.engine} · ${r.tookMs} ms`];
  const list = (hits: typeof r.hits, first: number) =>
    hits.forEach((h, k) => {
      const place = [h.chapter && `第${h.chapter.no}章 ${h.chapter.zh}`, h.section?.zh, h.box && `专栏${h.box.no}`].filter(Boolean).join(' › ');
      lines.push(`${String(first + k).padStart(3)}. ${h.id}  ${place}`, `     ${strip(h.highlight)}`);
    });
  list(r.hits, (r.page - 1) * r.per + 1);
  // Paragraphs holding only some of the terms: apart, and not in the count.
  if (r.partial) {
    lines.push(`only some of the terms: ${r.partial.total} paragraphs, not counted above`);
    list(r.partial.hits, 1);
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      chapter: { type: 'string', multiple: true },
      district: { type: 'string', multiple: true },
      topic: { type: 'string', multiple: true },
      page: { type: 'string' },
      per: { type: 'string' },
      sort: { type: 'string' },
    },
  });
  const request = parseSearchParams({ ...values, json: undefined, q: positionals.join(' ') });
  const response = await search(createEngine(), request);
  console.log(values.json ? JSON.stringify(response, null, 2) : readable(response));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    const input = isSearchInputError(e);
    // A missing or damaged data/ file: the message names it and the command that rebuilds it.
    const code = input ? e.code : isDataUnavailableError(e) ? 'data_unavailable' : 'error';
    const error = { code, message: (e as Error).message };
    console.error(JSON.stringify({ error }));
    process.exitCode = input ? 2 : 1;
  },
);
