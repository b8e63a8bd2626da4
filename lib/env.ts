/** Server environment, validated once. Nothing here is sent to the browser (no NEXT_PUBLIC_ names). */
import { z } from 'zod';

const Env = z.object({
  MEILI_URL: z.string().url().optional(),
  /** Admin key: indexing and settings. */
  MEILI_MASTER_KEY: z.string().min(1).optional(),
  /** Search-only key for queries; falls back to the master key. */
  MEILI_SEARCH_KEY: z.string().min(1).optional(),
  MEILI_INDEX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]+$/)
    .default('plan-search'),
  PLAN_DATA_DIR: z.string().min(1).default('data'),
  /** The curated corpus: the plans, titles, gazetteer, topics, glossary, jieba dictionary. */
  PLAN_CORPUS_DIR: z.string().min(1).default('corpus'),
  /** The site's public origin, for absolute permalinks in citations, oEmbed and the sitemap. */
  SITE_URL: z.string().url().default('http://localhost:3000'),
});

export type ServerEnv = z.infer<typeof Env>;

/** The last environment read and what it gave: pages ask for it many times a request, and it changes only in tests. */
let last: { key: string; env: ServerEnv } | null = null;

export function serverEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  const key = Object.keys(Env.shape)
    .map((k) => source[k] ?? '')
    .join('\0');
  if (source === process.env && last?.key === key) return last.env;
  const clean = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = Env.safeParse(clean);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  if (source === process.env) last = { key, env: parsed.data };
  return parsed.data;
}
