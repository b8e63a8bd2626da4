import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

/**
 * One search path: the CLI (`npm run search -- --json`) and `/api/search` answer the same request
 * with the same JSON, the time taken aside. Both run lib/search/search.ts on the same data.
 */

type Params = { q: string; chapter?: string; district?: string; topic?: string; page?: string; per?: string; sort?: string };

const REQUESTS: [string, Params][] = [
  ['a misspelling, corrected', { q: 'wter qualty' }],
  ['a misspelt name and word', { q: 'dianchii watr' }],
  ['a stop word alone', { q: 'the' }],
  ['a relaxed query (no paragraph has both terms)', { q: '滇池 钛盐' }],
  ['a compound split apart', { q: '居家养老服务体系' }],
  ['a phrase with an exclusion', { q: '"海绵城市" -排水' }],
  ['English mapped to Chinese', { q: 'Dianchi Lake water quality' }],
  ['toneless pinyin', { q: 'shuzi jingji' }],
  ['traditional characters', { q: '體育公園' }],
  ['filters', { q: '滇池', chapter: '30', district: 'chenggong' }],
  ['a topic filter and order in the plan', { q: '建设', topic: 'ecology', sort: 'order' }],
  ['paging', { q: '发展', page: '3', per: '7' }],
  ['browsing by a filter alone', { q: '', topic: 'sports', per: '5' }],
];

// Each case starts the CLI once (a few seconds on a busy machine).
test.describe.configure({ timeout: 90_000 });

const withoutTime = (r: Record<string, unknown>) => ({ ...r, tookMs: 0 });

for (const [name, params] of REQUESTS) {
  test(`CLI = API: ${name}`, async ({ request }) => {
    const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined) as [string, string][]);
    const api = await request.get(`/api/search?${qs}`);
    expect(api.status()).toBe(200);
    const args = ['tsx', 'scripts/search.ts', '--json'];
    for (const key of ['chapter', 'district', 'topic', 'page', 'per', 'sort'] as const) if (params[key]) args.push(`--${key}`, params[key]!);
    args.push('--', params.q);
    const cli = JSON.parse(execFileSync('npx', args, { encoding: 'utf8', env: { ...process.env, MEILI_URL: '' } }));
    expect(withoutTime(cli)).toEqual(withoutTime(await api.json()));
  });
}
