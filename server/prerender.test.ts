import { describe, expect, it } from 'vitest';
import { Prerenderer, prerenderEnabled, type PrerenderDeps } from './prerender';
import { prerenderPaths } from './prerender-paths';
import { isCacheable, type Origin } from './response-cache';

const site: Origin = { proto: '', host: 'plan.example' };
const proxied: Origin = { proto: 'https', host: 'plan.example' };

describe('the pages rendered ahead', () => {
  it('are each language’s home and indicators, every chapter, then every permalink, as visitors address them', () => {
    expect(prerenderPaths(['km14-c1', 'km14-c1-p1'], [1, 45], ['zh', 'en'])).toEqual([
      '/zh',
      '/zh/indicators',
      '/en',
      '/en/indicators',
      '/zh/c/1',
      '/en/c/1',
      '/zh/c/45',
      '/en/c/45',
      '/zh/p/km14-c1',
      '/en/p/km14-c1',
      '/zh/p/km14-c1-p1',
      '/en/p/km14-c1-p1',
    ]);
  });

  it('are all answers the server keeps (anything else would be rendered for nothing)', () => {
    for (const url of prerenderPaths(['km14-c30-s1-p2', 'km14-b26-r3'], [30])) expect(isCacheable({ method: 'GET', url, headers: {} }), url).toBe(true);
  });
});

/** A prerenderer over fakes: `state` is what the fakes read and record. */
function fake(paths = ['/zh', '/zh/p/a', '/zh/p/b']) {
  const state = {
    generation: 'v1\n2026-12-02',
    stored: new Set<string>(),
    rendered: [] as string[],
    claims: new Set<string>(),
    /** Claims another worker holds. */
    heldElsewhere: new Set<string>(),
    quiet: 0,
    logs: [] as string[],
    beforeRender: (_path: string) => undefined as void,
  };
  const deps: PrerenderDeps = {
    generation: () => state.generation,
    paths: () => paths,
    // Stored answers are keyed by generation too: a new one has none.
    isStored: (o, p) => state.stored.has(`${state.generation}|${o.proto}|${o.host}|${p}`),
    render: async (o, p) => {
      state.beforeRender(p);
      state.rendered.push(`${state.generation.split('\n')[0]} ${o.proto}|${o.host} ${p}`);
      state.stored.add(`${state.generation}|${o.proto}|${o.host}|${p}`);
    },
    claim: (g, o) => {
      const name = `${g}|${o.proto}|${o.host}`;
      if (state.claims.has(name) || state.heldElsewhere.has(name)) return false;
      state.claims.add(name);
      return true;
    },
    quiet: async () => {
      state.quiet++;
    },
    log: (line) => state.logs.push(line),
  };
  return { state, prerenderer: new Prerenderer(deps) };
}

const settle = () => new Promise((r) => setTimeout(r, 10));

describe('Prerenderer', () => {
  it('renders every page once per generation and origin, each at a quiet moment, and says so in one line', async () => {
    const { state, prerenderer } = fake();
    state.stored.add(`${state.generation}||plan.example|/zh`);
    for (let i = 0; i < 5; i++) prerenderer.saw(state.generation, site);
    await settle();
    expect(state.rendered).toEqual(['v1 |plan.example /zh/p/a', 'v1 |plan.example /zh/p/b']);
    // One wait for quiet per page rendered; none for what a visitor had already asked for.
    expect(state.quiet).toBe(2);
    expect(state.logs).toEqual([expect.stringMatching(/^prerender for http:\/\/plan\.example: 2 pages rendered, 1 already stored in [\d.]+ s$/)]);
    // Another scheme on the same host is another origin (its pages link elsewhere).
    prerenderer.saw(state.generation, proxied);
    await settle();
    expect(state.rendered.filter((r) => r.includes('https|'))).toHaveLength(3);
    expect(state.logs[1]).toMatch(/^prerender for https:\/\/plan\.example: 3 pages rendered/);
  });

  it('leaves a pass another worker claimed to it', async () => {
    const { state, prerenderer } = fake();
    state.heldElsewhere.add(`${state.generation}||plan.example`);
    prerenderer.saw(state.generation, site);
    await settle();
    expect(state.rendered).toEqual([]);
    expect(state.logs).toEqual([]);
  });

  it('starts again for the origins it has seen when the generation turns over (an ingest, a new day), and only then', async () => {
    const { state, prerenderer } = fake(['/zh/p/a']);
    prerenderer.saw(state.generation, site);
    prerenderer.saw(state.generation, proxied);
    await settle();
    prerenderer.tick();
    await settle();
    expect(state.rendered).toHaveLength(2);
    state.generation = 'v2\n2026-12-02';
    prerenderer.tick();
    prerenderer.tick();
    await settle();
    expect(state.rendered.slice(2).sort()).toEqual(['v2 https|plan.example /zh/p/a', 'v2 |plan.example /zh/p/a']);
  });

  it('stops a pass the data overtook: the new generation has its own', async () => {
    const { state, prerenderer } = fake(['/zh/p/a', '/zh/p/b', '/zh/p/c']);
    state.beforeRender = (p) => {
      if (p === '/zh/p/b') state.generation = 'v2\n2026-12-02';
    };
    prerenderer.saw(state.generation, site);
    await settle();
    expect(state.logs[0]).toMatch(/2 pages rendered.*\(stopped: the data or the day changed\)$/);
    expect(state.rendered).toEqual(['v1 |plan.example /zh/p/a', 'v2 |plan.example /zh/p/b']);
  });

  it('claims a bounded number of passes however many made-up hosts come, and carries the busiest origins into the next generation', async () => {
    const { state, prerenderer } = fake(['/zh']);
    for (let i = 0; i < 100; i++) {
      prerenderer.saw(state.generation, { proto: '', host: `junk${i}.example` });
      prerenderer.saw(state.generation, site);
    }
    await settle();
    expect(state.claims.size).toBe(16);
    state.generation = 'v2\n2026-12-02';
    prerenderer.tick();
    await settle();
    expect(state.rendered.filter((r) => r.startsWith('v2'))).toHaveLength(4);
    expect(state.rendered).toContain('v2 |plan.example /zh');
  });

  it('starts a pass only once its generation has lasted a moment: an ingest renames its files one by one', async () => {
    const { state } = fake(['/zh/p/a']);
    const settling = new Prerenderer(
      {
        generation: () => state.generation,
        paths: () => ['/zh/p/a'],
        isStored: () => false,
        render: async (_o, p) => void state.rendered.push(`${state.generation.split('\n')[0]} ${p}`),
        claim: () => true,
        quiet: async () => undefined,
        log: (line) => state.logs.push(line),
      },
      4,
      30,
    );
    settling.saw(state.generation, site);
    // The next file of the same ingest lands before the pass begins: that pass says nothing and renders nothing.
    await new Promise((r) => setTimeout(r, 5));
    state.generation = 'v2\n2026-12-02';
    settling.tick();
    await new Promise((r) => setTimeout(r, 100));
    expect(state.rendered).toEqual(['v2 /zh/p/a']);
    expect(state.logs).toEqual([expect.stringMatching(/^prerender for http:\/\/plan\.example: 1 pages rendered, 0 already stored in/)]);
  });

  it('reports data it cannot read in its line, and renders nothing', async () => {
    const { state } = fake();
    const failing = new Prerenderer({
      generation: () => state.generation,
      paths: () => {
        throw new Error('data/documents.jsonl: file not found (npm run ingest)');
      },
      isStored: () => false,
      render: async () => undefined,
      claim: () => true,
      quiet: async () => undefined,
      log: (line) => state.logs.push(line),
    });
    failing.saw(state.generation, site);
    await settle();
    expect(state.logs[0]).toBe('prerender for http://plan.example: data/documents.jsonl: file not found (npm run ingest)');
  });
});

describe('PRERENDER', () => {
  it('is on unless 0, and anything else is a clear error', () => {
    expect(prerenderEnabled(undefined)).toBe(true);
    expect(prerenderEnabled('1')).toBe(true);
    expect(prerenderEnabled('0')).toBe(false);
    expect(() => prerenderEnabled('off')).toThrow('PRERENDER must be 0 (off) or 1 (on, the default), not "off"');
  });
});
