/**
 * Where the browser's script is: built after Next's build into `.next/static/islands/` (served by
 * Next with an immutable Cache-Control, its name carrying its hash) and named in a manifest beside
 * it (server/build-islands.ts). Read once per process. `next dev` serves its own folder, without the
 * script, so there (and before any build) pages go without it: server-rendered HTML that works
 * without JavaScript.
 */
import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { ISLANDS_MANIFEST } from './islands-manifest';

let script: string | null | undefined;

export function islandsScript(): string | null {
  if (script === undefined) {
    const built = process.env.NODE_ENV !== 'development' && existsSync(ISLANDS_MANIFEST);
    script = built ? (JSON.parse(readFileSync(ISLANDS_MANIFEST, 'utf8')) as { script: string }).script : null;
  }
  return script;
}
