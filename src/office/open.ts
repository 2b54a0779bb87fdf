// Opening the office for a shell: the database (embedded in the data folder by default, a server
// when DATABASE_URL is set), the key for personal data (GONGKAI_SECRET_KEY, or secret.key in the
// data folder, made on first start), migrations applied on opening.
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, openDatabase } from '../db/open-database.js';
import type { Clock } from './clock.js';
import { createOffice, type Office } from './office.js';
import { failure, ok, type Result } from './result.js';
import { loadSecrets } from './secrets.js';

export interface OfficeChoice {
  dataDir?: string | undefined;
  databaseUrl?: string | undefined;
  /** Where the key file lives when GONGKAI_SECRET_KEY is not set (default: the data folder). */
  keyFile?: string | undefined;
  clock?: Clock;
}

export async function openOffice(choice: OfficeChoice = {}): Promise<Result<Office>> {
  const dataDir = choice.dataDir ?? DEFAULT_DATA_DIR;
  // The key first: a database the key cannot serve is not opened (and not locked).
  const secrets = loadSecrets(choice.keyFile ?? join(dataDir === 'memory' ? DEFAULT_DATA_DIR : dataDir, 'secret.key'));
  if (!secrets.ok) return failure(secrets.code, secrets.message);
  const opened = await openDatabase({ dataDir, databaseUrl: choice.databaseUrl });
  if (!opened.ok) return failure(opened.code, opened.message);
  return ok(createOffice(opened.db, secrets.secrets, choice.clock));
}
