import { describe, it } from 'vitest';
import { engineContract } from '../../test/contract';
import { startFakeMeili, type FakeMeili } from '../../test/fake-meili';
import { ingested } from '../../test/helpers';
import { MeiliEngine } from './meili';
import { districtAliases } from './vocabulary';

const url = process.env.MEILI_URL;

// The stand-in keeps the same contract as a real server, so that the adapter's unit tests stand on it.
let fake: FakeMeili | undefined;
engineContract(
  'meilisearch',
  async () => {
    fake = await startFakeMeili();
    const engine = new MeiliEngine({ host: fake.url, adminKey: 'master', searchKey: 'reader', index: 'plan', aliases: districtAliases() });
    await engine.index(ingested().documents);
    return engine;
  },
  'meilisearch stand-in (test/fake-meili.ts)',
  async () => fake?.close(),
);

if (url) {
  engineContract(
    'meilisearch',
    async () => {
      const engine = new MeiliEngine({
        host: url,
        adminKey: process.env.MEILI_MASTER_KEY,
        searchKey: process.env.MEILI_SEARCH_KEY ?? process.env.MEILI_MASTER_KEY,
        index: 'plan-search-contract',
        aliases: districtAliases(),
      });
      await engine.index(ingested().documents);
      return engine;
    },
    `meilisearch at ${url}`,
  );
} else {
  describe('search contract: meilisearch at MEILI_URL', () => {
    it.skip('SKIPPED: MEILI_URL is not set, so the contract suite did not run against a real Meilisearch (npm run test:meili; README § Engines)', () => {});
  });
}
