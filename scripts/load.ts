/**
 * `npm run load -- [BASE_URL]`: server response time under load with autocannon, 32 connections for
 * 20 s each against /api/search and the search page (queries rotate). Start the server first
 * (npm start). Figures, not assertions.
 */
import autocannon from 'autocannon';

const base = process.argv[2] ?? 'http://localhost:3000';
const QUERIES = ['滇池', '海绵城市', 'water quality', 'dianchi', '数字经济', '校园足球', 'sponge city', '乡村振兴'];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

function run(name: string, path: (q: string) => string): Promise<Record<string, number | string>> {
  let k = 0;
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: 32,
        duration: 20,
        requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: path(encodeURIComponent(QUERIES[k++ % QUERIES.length]!)) }) }],
      },
      (err: Error | null, result: autocannon.Result) => {
        if (err) return reject(err);
        times.sort((a, b) => a - b);
        const figures = {
          name,
          requests: result.requests.total,
          rps: result.requests.average,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          p99: percentile(times, 99),
          errors: result.errors + result.timeouts + result.non2xx,
        };
        console.log(
          `${name.padEnd(14)} requests ${figures.requests}  rps ${figures.rps}  p50 ${figures.p50.toFixed(1)} ms  p95 ${figures.p95.toFixed(1)} ms  p99 ${figures.p99.toFixed(1)} ms  errors ${figures.errors}`,
        );
        resolve(figures);
      },
    );
    // Every response's time, so that p95 is exact rather than autocannon's fixed percentiles.
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  });
}

const api = await run('/api/search', (q) => `/api/search?q=${q}`);
const page = await run('search page', (q) => `/zh/search?q=${q}`);
console.log(JSON.stringify({ base, api, page }));
