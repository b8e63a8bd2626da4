/**
 * The judged sample queries: ../shared/eval/sample-queries.json where the project sits beside
 * shared/ (developers, CI), else the copy kept in test/eval/ (a clone on its own).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SampleQuery {
  id: string;
  q: string;
  lang: string;
  k: number;
  expect: string[];
  /**
   * Ids of other documents that state the answer too (an indicator row giving the target): they count
   * as the first answer for MRR@10, not towards recall, which asks for every `expect` paragraph.
   */
  answers?: string[];
  filters?: Record<string, string>;
  note?: string;
}

export function sampleQueries(): SampleQuery[] {
  const shared = join(process.cwd(), '..', 'shared', 'eval', 'sample-queries.json');
  const file = existsSync(shared) ? shared : join(process.cwd(), 'test', 'eval', 'sample-queries.json');
  return JSON.parse(readFileSync(file, 'utf8')) as SampleQuery[];
}
