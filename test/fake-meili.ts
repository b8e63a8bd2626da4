/**
 * A stand-in for the Meilisearch HTTP API, on loopback, just large enough to check what the
 * adapter asks of the official client: tasks, index swap, settings, documents, multi-search.
 * It does not search: multi-search answers every query with the index's documents in order
 * (with the attributes asked for), or with nothing for the query strings in `emptyFor`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Doc = Record<string, unknown> & { id: string };
interface Task {
  uid: number;
  status: 'succeeded' | 'failed';
  type: string;
  indexUid?: string;
  error?: { message: string; code: string };
}

export interface FakeMeili {
  url: string;
  requests: { method: string; path: string; body: unknown; auth: string | undefined }[];
  indexes: Map<string, { docs: Map<string, Doc>; settings: Record<string, unknown> }>;
  /** Query strings (q) that find nothing. */
  emptyFor: Set<string>;
  close(): Promise<void>;
}

export async function startFakeMeili(): Promise<FakeMeili> {
  const indexes: FakeMeili['indexes'] = new Map();
  const tasks: Task[] = [];
  const requests: FakeMeili['requests'] = [];
  const emptyFor = new Set<string>();
  const task = (type: string, indexUid: string | undefined, fail?: string): Task => {
    const t: Task = { uid: tasks.length, status: fail ? 'failed' : 'succeeded', type, indexUid, ...(fail ? { error: { message: fail, code: 'invalid_document_id' } } : {}) };
    tasks.push(t);
    return t;
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://x');
      const body = raw ? JSON.parse(raw) : undefined;
      requests.push({ method: req.method!, path: url.pathname, body, auth: req.headers.authorization });
      const send = (status: number, value: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      const enqueued = (t: Task) => send(202, { taskUid: t.uid, indexUid: t.indexUid, status: 'enqueued', type: t.type, enqueuedAt: new Date().toISOString() });
      const p = url.pathname.split('/').filter(Boolean);
      if (req.method === 'POST' && url.pathname === '/indexes') {
        if (!indexes.has(body.uid)) indexes.set(body.uid, { docs: new Map(), settings: {} });
        return enqueued(task('indexCreation', body.uid));
      }
      if (p[0] === 'indexes' && p.length === 2 && req.method === 'GET') {
        return indexes.has(p[1]!) ? send(200, { uid: p[1] }) : send(404, { message: `Index \`${p[1]}\` not found.`, code: 'index_not_found', type: 'invalid_request', link: '' });
      }
      if (p[0] === 'indexes' && p.length === 2 && req.method === 'DELETE') {
        const existed = indexes.delete(p[1]!);
        return enqueued(task('indexDeletion', p[1], existed ? undefined : 'index not found'));
      }
      if (p[0] === 'indexes' && p[2] === 'settings') {
        indexes.get(p[1]!)!.settings = body;
        return enqueued(task('settingsUpdate', p[1]));
      }
      if (p[0] === 'indexes' && p[2] === 'documents' && req.method === 'POST') {
        const bad = (body as Doc[]).find((d) => d.id === 'fail-me');
        if (!bad) for (const d of body as Doc[]) indexes.get(p[1]!)!.docs.set(d.id, d);
        return enqueued(task('documentAdditionOrUpdate', p[1], bad ? 'Document identifier `fail-me` is invalid.' : undefined));
      }
      if (p[0] === 'indexes' && p[2] === 'documents' && p[3]) {
        const d = indexes.get(p[1]!)?.docs.get(decodeURIComponent(p[3]));
        return d ? send(200, { json: d.json }) : send(404, { message: 'Document not found.', code: 'document_not_found', type: 'invalid_request', link: '' });
      }
      if (p[0] === 'indexes' && p[2] === 'stats') return send(200, { numberOfDocuments: indexes.get(p[1]!)!.docs.size, rawDocumentDbSize: 1234 });
      if (url.pathname === '/swap-indexes') {
        for (const {
          indexes: [a, b],
        } of body as { indexes: [string, string] }[]) {
          const ia = indexes.get(a);
          indexes.set(a, indexes.get(b)!);
          indexes.set(b, ia!);
        }
        return enqueued(task('indexSwap', undefined));
      }
      if (p[0] === 'tasks' && p[1]) return send(200, tasks[Number(p[1])]);
      if (url.pathname === '/multi-search') {
        const results = (body.queries as Record<string, unknown>[]).map((q) => {
          // It does not search: a query finds the index's documents in order, or nothing when listed in emptyFor.
          const listedOnly = ((q.filter as string[]) ?? []).includes('listed = true');
          const docs = [...(indexes.get(q.indexUid as string)?.docs.values() ?? [])].filter((d) => !listedOnly || d.listed !== false);
          const empty = emptyFor.has(q.q as string);
          const limit = (q.limit as number) ?? (q.hitsPerPage as number) ?? 20;
          const fields = (q.attributesToRetrieve as string[]) ?? ['json'];
          const hits = empty
            ? []
            : docs.slice(0, limit).map((d, k) => ({
                ...Object.fromEntries(fields.map((f) => [f, d[f]])),
                ...(q.showRankingScore ? { _rankingScore: 1 - k / docs.length } : {}),
              }));
          return { indexUid: q.indexUid, hits, estimatedTotalHits: empty ? 0 : docs.length, query: q.q, processingTimeMs: 1, limit, offset: 0 };
        });
        return send(200, { results });
      }
      send(404, { message: `no route ${req.method} ${url.pathname}`, code: 'not_found', type: 'invalid_request', link: '' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, indexes, emptyFor, close: () => new Promise((r) => server.close(() => r())) };
}
