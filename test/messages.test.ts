import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';

type Tree = { [k: string]: string | Tree };
const load = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Tree;
const flatten = (t: Tree, prefix = ''): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));

/** Every .ts/.tsx file under the folders, tests left out. */
const sourceFiles = (roots: string[]): string[] =>
  roots.flatMap((root) =>
    readdirSync(root).flatMap((f) => {
      const p = join(root, f);
      if (statSync(p).isDirectory()) return sourceFiles([p]);
      return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
    }),
  );

/** Argument names in an ICU AST, including those inside plural and select branches. */
function argumentsOf(ast: unknown[], out = new Set<string>()): Set<string> {
  for (const el of ast as { type: number; value?: unknown; options?: Record<string, { value: unknown[] }> }[]) {
    if (el.type !== 0 && typeof el.value === 'string') out.add(el.value);
    for (const o of Object.values(el.options ?? {})) argumentsOf(o.value, out);
  }
  return out;
}

/** The literal text of an ICU AST, including inside plural and select branches and rich-text tags. */
function literalsOf(ast: unknown[], out: string[] = []): string[] {
  for (const el of ast as { type: number; value?: unknown; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]) {
    if (el.type === 0 && typeof el.value === 'string') out.push(el.value);
    for (const o of Object.values(el.options ?? {})) literalsOf(o.value, out);
    if (el.children) literalsOf(el.children, out);
  }
  return out;
}

describe('UI messages', () => {
  const zh = flatten(load('zh'));
  const en = flatten(load('en'));

  it('zh and en have the same keys', () => {
    expect(zh.map(([k]) => k).sort()).toEqual(en.map(([k]) => k).sort());
    expect(zh.length).toBeGreaterThan(50);
  });

  it('every message is valid ICU in its locale', () => {
    for (const [locale, list] of [
      ['zh', zh],
      ['en', en],
    ] as const) {
      for (const [key, message] of list) {
        expect(() => new IntlMessageFormat(message, locale), `${locale} ${key}`).not.toThrow();
      }
    }
  });

  it('uses the same ICU arguments in both languages', () => {
    const args = (m: string) => [...argumentsOf(new IntlMessageFormat(m).getAst())].sort();
    const enMap = new Map(en);
    // Outline labels get every numeral form (lib/place.ts); each language picks the one it writes.
    const offered: Record<string, string[]> = { 'Outline.level': ['cn', 'level', 'no', 'roman'], 'Outline.short': ['cn', 'level', 'no', 'roman'] };
    for (const [key, message] of zh) {
      if (offered[key])
        for (const m of [message, enMap.get(key)!])
          expect(
            args(m).filter((a) => !offered[key]!.includes(a)),
            key,
          ).toEqual([]);
      else expect(args(message), key).toEqual(args(enMap.get(key)!));
    }
  });

  it('has no English left in the Chinese messages outside arguments and proper names', () => {
    for (const [key, message] of zh) {
      // Only the literal text, at any depth of plural and select branches: not argument names or keys.
      const text = literalsOf(new IntlMessageFormat(message, 'zh').getAst()).join(' ');
      const words = text.match(/[A-Za-z]{4,}/g) ?? [];
      expect(
        words.filter((w) => !['English', 'APA', 'Chicago', 'BibTeX', 'dianchi', 'Ctrl'].includes(w)),
        key,
      ).toEqual([]);
    }
  });

  it('has no message that the code never uses', () => {
    // A key is used when a translator (t, tb, tf …, ls, meta; t.rich, t.raw) is called with it literally somewhere in the app.
    const source = sourceFiles(['app', 'components', 'lib'])
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = en.map(([key]) => key).filter((key) => !new RegExp(`\\b((t[a-z]?|ls|meta)(\\.rich|\\.raw)?\\(|message\\([^,()]+,)\\s*'${key.split('.').at(-1)}'`).test(source));
    expect(unused).toEqual([]);
  });
});
