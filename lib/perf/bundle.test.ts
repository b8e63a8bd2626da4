import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  attributeMetafile,
  attributeSourceMap,
  byModule,
  byPackage,
  chunksNamedInline,
  decodeVlq,
  groupOf,
  isRscPayload,
  largest,
  merge,
  metafileOutputFor,
  modulePath,
  packageOf,
  scriptsOf,
  serverOnlyIn,
  sizes,
  sourceMappingUrl,
  type EsbuildMetafile,
} from './bundle';

describe('scriptsOf', () => {
  const html = [
    '<html><head><script src="/a.js" async=""></script>',
    "<script defer src='/b.js?x=1&amp;y=2'></script>",
    '<script nomodule src=/legacy.js></script>',
    '<script type="module" src="/m.js"></script>',
    '<script type="application/ld+json">{"@type":"Thing"}</script>',
    '</head><body><script>self.__next_f.push([1,"x"])</script>',
    '<SCRIPT>var y = 1;</SCRIPT></body></html>',
  ].join('');
  const s = scriptsOf(html);

  it('finds every script in order, external and inline', () => {
    expect(s.map((x) => x.src)).toEqual(['/a.js', '/b.js?x=1&y=2', '/legacy.js', '/m.js', null, null, null]);
  });

  it('reads the loading attributes', () => {
    expect(s.map((x) => [x.async, x.defer, x.noModule, x.module])).toEqual([
      [true, false, false, false],
      [false, true, false, false],
      [false, false, true, false],
      [false, false, false, true],
      [false, false, false, false],
      [false, false, false, false],
      [false, false, false, false],
    ]);
  });

  it('tells data blocks from code, and keeps inline text', () => {
    expect(s.map((x) => x.data)).toEqual([false, false, false, false, true, false, false]);
    expect(s[6]!.text).toBe('var y = 1;');
    expect(s[0]!.text).toBe('');
  });

  it('does not take data-src or a src inside another attribute for src', () => {
    const [t] = scriptsOf('<script data-src="/no.js" title="src=/no2.js">1</script>');
    expect(t!.src).toBeNull();
  });
});

describe('the RSC payload', () => {
  it('is recognised by its self.__next_f', () => {
    expect(isRscPayload('(self.__next_f=self.__next_f||[]).push([0])')).toBe(true);
    expect(isRscPayload('self.__next_f.push([1,"a"])')).toBe(true);
    expect(isRscPayload('window.x = 1')).toBe(false);
  });

  it('names chunks, with or without escaped slashes, once each', () => {
    const html =
      '<script src="/_next/static/chunks/main.js"></script><script>self.__next_f.push([1,"I:[1,[\\"\\/_next\\/static\\/chunks\\/aa.js\\",\\"/_next/static/chunks/bb.js\\",\\"/_next/static/chunks/aa.js\\"]]"])</script>';
    expect(chunksNamedInline(html)).toEqual(['/_next/static/chunks/aa.js', '/_next/static/chunks/bb.js']);
  });
});

describe('sizes', () => {
  it('counts UTF-8 bytes and a gzip that inflates back to the input', () => {
    const text = '滇池'.repeat(100);
    const s = sizes(text);
    expect(s.raw).toBe(600);
    expect(s.gzip).toBeLessThan(100);
    expect(sizes(Buffer.from(text)).raw).toBe(600);
  });

  it('gzips at level 9, valid gzip', async () => {
    const { gzipSync } = await import('node:zlib');
    const input = 'abc'.repeat(1000);
    expect(gunzipSync(gzipSync(input, { level: 9 })).toString()).toBe(input);
    expect(sizes(input).gzip).toBe(gzipSync(input, { level: 9 }).length);
  });
});

describe('decodeVlq', () => {
  it('decodes single and multi-digit, signed values', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('C')).toEqual([1]);
    expect(decodeVlq('D')).toEqual([-1]);
    // 123 → 246 = 0b111_10110: low five bits 10110 with the continuation bit (54, '2'), then 7 ('H').
    expect(decodeVlq('2H')).toEqual([123]);
    expect(decodeVlq('gBC')).toEqual([16, 1]);
  });

  it('refuses bad input', () => {
    expect(() => decodeVlq('A!')).toThrow(/bad VLQ/);
    expect(() => decodeVlq('g')).toThrow(/unfinished/);
  });
});

describe('attributeSourceMap', () => {
  // Line 0: "abc" from a.js, "def" from x's index.js. Line 1: "gh" from a.js, "ij" under a segment with no source.
  const code = 'abcdef\nghij';
  const map = { version: 3, sources: ['turbopack:///[project]/lib/a.ts', 'turbopack:///[project]/node_modules/x/index.js'], mappings: 'AAAA,GCAA;ADAA,E' };

  it('gives each segment the text up to the next one', () => {
    const a = attributeSourceMap(code, map);
    expect(Object.fromEntries(a)).toEqual({ 'turbopack:///[project]/lib/a.ts': 5, 'turbopack:///[project]/node_modules/x/index.js': 3, '[unmapped]': 3 });
  });

  it('adds up to the file size in UTF-8 bytes', () => {
    const a = attributeSourceMap('é漢;', { version: 3, sources: ['s.js'], mappings: 'AAAA,EAAA' });
    expect(a.get('s.js')).toBe(Buffer.byteLength('é漢;'));
    const total = [...attributeSourceMap(code, map).values()].reduce((x, y) => x + y, 0);
    expect(total).toBe(code.length);
  });

  it('counts text before the first segment as unmapped', () => {
    expect(Object.fromEntries(attributeSourceMap('xxab', { version: 3, sources: ['s.js'], mappings: 'EAAA' }))).toEqual({ '[unmapped]': 2, 's.js': 2 });
  });

  it('reads index maps (sections)', () => {
    const indexMap = {
      version: 3,
      sections: [
        { offset: { line: 0, column: 0 }, map: { version: 3, sources: ['a.js'], mappings: 'AAAA' } },
        { offset: { line: 0, column: 3 }, map: { version: 3, sources: ['b.js'], mappings: 'AAAA' } },
        { offset: { line: 1, column: 0 }, map: { version: 3, sources: ['c.js'], mappings: 'AAAA' } },
      ],
    };
    expect(Object.fromEntries(attributeSourceMap('xxxyy\nzz', indexMap))).toEqual({ 'a.js': 3, 'b.js': 2, 'c.js': 2, '[unmapped]': 1 });
  });
});

describe('sourceMappingUrl', () => {
  it('finds the comment at the end of a script', () => {
    expect(sourceMappingUrl('var a;\n//# sourceMappingURL=abc.js.map\n')).toBe('abc.js.map');
    expect(sourceMappingUrl('var a;')).toBeNull();
  });
});

describe('esbuild metafiles', () => {
  const meta: EsbuildMetafile = {
    inputs: { 'lib/x.ts': { bytes: 200 }, 'node_modules/stemmer/index.js': { bytes: 90 } },
    outputs: {
      '.next/static/islands/search.js': { bytes: 100, inputs: { 'lib/x.ts': { bytesInOutput: 60 }, 'node_modules/stemmer/index.js': { bytesInOutput: 30 } } },
      '.next/static/islands/search.js.map': { bytes: 500, inputs: {} },
      'out/other/copy.js': { bytes: 5, inputs: {} },
      'out/a/copy.js': { bytes: 5, inputs: {} },
    },
  };

  it('finds the output a served path is', () => {
    expect(metafileOutputFor(meta, '/_next/static/islands/search.js?v=1')).toBe('.next/static/islands/search.js');
    expect(metafileOutputFor(meta, '/assets/search.js')).toBe('.next/static/islands/search.js');
    // Two outputs of that name, and neither path ends like the URL's: not guessed.
    expect(metafileOutputFor(meta, '/x/copy.js')).toBeNull();
    expect(metafileOutputFor(meta, '/_next/static/islands/none.js')).toBeNull();
  });

  it('attributes bytesInOutput and leaves the rest unmapped', () => {
    expect(Object.fromEntries(attributeMetafile(meta, '.next/static/islands/search.js'))).toEqual({ 'lib/x.ts': 60, 'node_modules/stemmer/index.js': 30, '[unmapped]': 10 });
    expect(() => attributeMetafile(meta, 'nope.js')).toThrow(/no output/);
  });
});

describe('modules and packages', () => {
  it('makes project paths of bundler source names', () => {
    expect(modulePath('turbopack:///[project]/node_modules/opencc-js/dist/esm/full.js')).toBe('node_modules/opencc-js/dist/esm/full.js');
    expect(modulePath('turbopack:///[project]/lib/search/english.ts')).toBe('lib/search/english.ts');
    expect(modulePath('webpack://_N_E/./components/A.tsx?abc')).toBe('components/A.tsx');
    expect(modulePath('../../node_modules/a/node_modules/b/x.js')).toBe('node_modules/b/x.js');
  });

  it('names packages, scoped and nested', () => {
    expect(packageOf('node_modules/@node-rs/jieba/index.js')).toBe('@node-rs/jieba');
    expect(packageOf('node_modules/stemmer/index.js')).toBe('stemmer');
    expect(packageOf('node_modules/a/node_modules/b/x.js')).toBe('b');
    expect(packageOf('lib/search/highlight.ts')).toBeNull();
    expect(groupOf('lib/search/highlight.ts')).toBe('lib/search');
    expect(groupOf('proxy.ts')).toBe('proxy.ts');
    expect(groupOf('[turbopack]/browser/runtime/base.ts')).toBe('[turbopack]');
    expect(groupOf('[unmapped]')).toBe('[unmapped]');
  });

  it('sums by module and by package, largest first', () => {
    const a = new Map([
      ['turbopack:///[project]/node_modules/react-dom/a.js', 50],
      ['turbopack:///[project]/node_modules/react-dom/b.js', 30],
      ['turbopack:///[project]/lib/search/q.ts', 40],
      ['turbopack:///[project]/lib/search/r.ts', 1],
      ['[unmapped]', 7],
    ]);
    expect(largest(byPackage(a), 2)).toEqual([
      ['react-dom', 80],
      ['lib/search', 41],
    ]);
    expect(byModule(a).get('lib/search/q.ts')).toBe(40);
    expect(merge(a, a).get('[unmapped]')).toBe(14);
  });

  it('flags server-only libraries', () => {
    const a = new Map([
      ['node_modules/stemmer/index.js', 10],
      ['node_modules/opencc-js/dist/esm/full.js', 20],
      ['node_modules/react/index.js', 30],
    ]);
    expect(serverOnlyIn(a)).toEqual([
      ['opencc-js', 20],
      ['stemmer', 10],
    ]);
    expect(serverOnlyIn(new Map([['node_modules/react/index.js', 1]]))).toEqual([]);
  });
});
