import { join } from 'node:path';

/** Where the build writes the browser script's address (server/build-islands.ts) and the pages read it (lib/site/islands.ts). */
export const ISLANDS_MANIFEST = join('.next', 'islands-manifest.json');
