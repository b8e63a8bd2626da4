/**
 * The app's one door to the data: search through the configured engine, documents and outline
 * from data/ (lib/site/plan-data.ts), and the visitor's origin. Server components and route
 * handlers import this; the browser never does.
 */
import 'server-only';
import { headers } from 'next/headers';
import { serverEnv } from '../env';
import { originFrom } from './origin';

export * from './plan-data';

/** The site's origin as the visitor reached it, for absolute links in citations and embeds. */
export async function origin(): Promise<string> {
  const h = await headers();
  return originFrom((name) => h.get(name), serverEnv().SITE_URL);
}
