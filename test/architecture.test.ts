import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The code's floors: app/ may use components/ and lib/; components/, ingest/ and scripts/ use lib/
 * (and i18n/); lib/ and i18n/ use nothing above them. No module imports itself round a cycle.
 */

const ROOTS = ['app', 'components', 'ingest', 'lib', 'scripts', 'i18n'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.(test|spec)\.tsx?$/.test(f) ? [p] : [];
  });
}

function resolve(spec: string, from: string): string | null {
  const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? normalize(join(dirname(from), spec)) : null;
  if (base === null) return null;
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const floor = (f: string) => (f.startsWith('app/') ? 3 : /^(components|ingest|scripts)\//.test(f) ? 2 : 1);

const graph = new Map<string, string[]>();
for (const f of ROOTS.flatMap(sources)) {
  const imports = [...readFileSync(f, 'utf8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/gm)].map((m) => resolve(m[1]!, f));
  graph.set(
    relative('.', f),
    imports.filter((x): x is string => x !== null),
  );
}

describe('architecture', () => {
  it('reads the whole tree', () => {
    expect(graph.size).toBeGreaterThan(80);
    expect(graph.get('lib/search/search.ts')).toContain('lib/search/query.ts');
  });

  it('imports only downwards: app → components, ingest, scripts → lib, i18n', () => {
    const up = [...graph].flatMap(([f, ts]) => ts.filter((t) => floor(t) > floor(f)).map((t) => `${f} → ${t}`));
    expect(up).toEqual([]);
  });

  it('has no import cycle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const t of graph.get(f) ?? []) {
        if (state.get(t) === 'open') cycles.push([...stack.slice(stack.indexOf(t)), t].join(' → '));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of graph.keys()) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
