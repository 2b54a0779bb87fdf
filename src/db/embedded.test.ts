// The storage contract on the embedded database (PGlite in a data folder).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe } from 'node:test';
import { dbContract } from './db-contract.js';
import { openEmbedded } from './embedded.js';

describe('storage contract: embedded database (PGlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-db-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  dbContract({ open: () => openEmbedded(join(dir, 'data')) });
});
