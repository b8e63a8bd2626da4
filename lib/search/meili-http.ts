/**
 * The HTTP client of the portal's searches against Meilisearch: node:http over kept-alive
 * connections, each request written in one piece. Node's fetch, which the official client uses by
 * default, made every other search on a kept-alive connection wait ~45 ms on loopback (its request
 * and Meilisearch's answer meet TCP's delayed acknowledgement), against ~2 ms here (npm run
 * bench:engines). Answers come back as the client expects of an `httpClient`: the parsed body, or a
 * MeilisearchApiError for a status that is not 2xx; an abort (the client's timeout) rejects with the
 * signal's reason, which the client reports as MeilisearchRequestTimeOutError.
 */
import http from 'node:http';
import https from 'node:https';
import { MeilisearchApiError } from 'meilisearch';

export function keepAliveClient() {
  const agents = { 'http:': new http.Agent({ keepAlive: true, maxSockets: 32 }), 'https:': new https.Agent({ keepAlive: true, maxSockets: 32 }) };
  return (input: string | URL | Request, init?: RequestInit): Promise<unknown> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const body = typeof init?.body === 'string' ? init.body : init?.body ? String(init.body) : undefined;
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    const lib = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const signal = init?.signal;
      if (signal?.aborted) return reject(signal.reason);
      const req = lib.request(url, { method: init?.method ?? 'GET', headers, agent: agents[url.protocol as 'http:' | 'https:'] }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('error', reject);
        res.on('end', () => {
          signal?.removeEventListener('abort', abort);
          const status = res.statusCode ?? 0;
          let parsed: unknown;
          try {
            parsed = text === '' ? undefined : JSON.parse(text);
          } catch (e) {
            return reject(e);
          }
          if (status >= 200 && status < 300) return resolve(parsed);
          reject(new MeilisearchApiError(new Response(text, { status, statusText: res.statusMessage }), parsed as never));
        });
      });
      const abort = () => {
        req.destroy();
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', abort, { once: true });
      req.on('error', (e) => {
        signal?.removeEventListener('abort', abort);
        reject(e);
      });
      req.end(body);
    });
  };
}
