import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineContract } from '../../test/contract';
import { ingested } from '../../test/helpers';
import { EmbeddedEngine } from './embedded';
import { districtAliases } from './vocabulary';

engineContract('embedded', async () => {
  const engine = new EmbeddedEngine(join(mkdtempSync(join(tmpdir(), 'embedded-')), 'index.sqlite'), districtAliases());
  await engine.index(ingested().documents);
  return engine;
});
