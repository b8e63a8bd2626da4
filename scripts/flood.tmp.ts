import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
const base = 'http://127.0.0.1:3221';
const pid = Number(process.argv[2]);
const rss = (p: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) / 1024;
function run(name: string, header: () => string, seconds: number) {
  return new Promise<void>((resolve) => {
    const codes = new Map<number, number>();
    const inst = autocannon({ url: base, connections: 32, duration: seconds, requests: [{ setupRequest: (r: autocannon.Request) => ({ ...r, path: '/api/search?q=%E6%BB%87%E6%B1%A0', headers: { ...(r.headers ?? {}), 'x-forwarded-for': header() } }) }] }, (_e, res) => {
      console.log(name, 'requests', res.requests.total, 'rps', (res.requests.total / seconds).toFixed(0), 'statuses', JSON.stringify(Object.fromEntries(codes)), 'errors', res.errors, 'p99', res.latency.p99);
      resolve();
    });
    inst.on('response', (_c: unknown, status: number) => codes.set(status, (codes.get(status) ?? 0) + 1));
  });
}
console.log('primary rss before', rss(pid).toFixed(0));
await run('one client', () => '198.51.100.77', 10);
let k = 0;
await run('distinct clients', () => `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k++ & 255}`, 20);
console.log('distinct addresses sent', k, 'primary rss after', rss(pid).toFixed(0));
