import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFingerprint, STAMP, staleness } from './build';

/** A project folder with one source file and a build whose stamp is the fingerprint of that source. */
function builtProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'build-'));
  mkdirSync(join(root, 'app'));
  writeFileSync(join(root, 'app/page.tsx'), 'export default 1;');
  mkdirSync(join(root, '.next'));
  writeFileSync(join(root, '.next/BUILD_ID'), 'b1');
  writeFileSync(join(root, STAMP), buildFingerprint(root));
  return root;
}

describe('whether the build is stale', () => {
  it('is up to date while nothing the build reads has changed', () => {
    const root = builtProject();
    expect(staleness(root)).toBeNull();
    // Outside the inputs (tests, data, the server): no rebuild.
    writeFileSync(join(root, 'README.md'), 'notes');
    mkdirSync(join(root, 'e2e'));
    writeFileSync(join(root, 'e2e/x.spec.ts'), 'test');
    expect(staleness(root)).toBeNull();
  });

  it('is stale when a source changes, a file is added (also in a folder that did not exist) or one is renamed', () => {
    const root = builtProject();
    writeFileSync(join(root, 'app/page.tsx'), 'export default 2;');
    expect(staleness(root)).toMatch(/changed/);

    const added = builtProject();
    mkdirSync(join(added, 'browser'));
    writeFileSync(join(added, 'browser/search-box.ts'), 'export {};');
    expect(staleness(added)).toMatch(/changed/);

    const renamed = builtProject();
    writeFileSync(join(renamed, 'app/other.tsx'), 'export default 1;');
    rmSync(join(renamed, 'app/page.tsx'));
    expect(staleness(renamed)).toMatch(/changed/);
  });

  it('is stale without a build, or with a build that left no stamp (next build run by hand)', () => {
    const unbuilt = builtProject();
    rmSync(join(unbuilt, '.next/BUILD_ID'));
    expect(staleness(unbuilt)).toBe('no build yet');
    const unstamped = builtProject();
    rmSync(join(unstamped, STAMP));
    expect(staleness(unstamped)).toMatch(/no stamp/);
  });

  it('takes the steps into the fingerprint: adding a step rebuilds', () => {
    const root = builtProject();
    const withBundle = buildFingerprint(root, undefined, [
      ['node_modules/.bin/next', 'build'],
      ['node_modules/.bin/tsx', 'browser/bundle.ts'],
    ]);
    expect(withBundle).not.toBe(buildFingerprint(root));
    expect(staleness(root, withBundle)).toMatch(/changed/);
  });
});
