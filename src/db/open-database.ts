// The one place that chooses the database: a PostgreSQL server when a URL is given (DATABASE_URL),
// otherwise the embedded database in the data folder (default ./data). The shells read the
// environment and pass what they found.
import type { OpenResult } from './db.js';
import { openEmbedded } from './embedded.js';
import { openServer } from './server.js';

export const DEFAULT_DATA_DIR = 'data';

export interface DatabaseChoice {
  /** Embedded database folder (--data); 'memory' for a throw-away database. Default ./data. */
  dataDir?: string | undefined;
  /** PostgreSQL server URL (DATABASE_URL); when set and not empty it wins over dataDir. */
  databaseUrl?: string | undefined;
  timeZone?: string | undefined;
}

export function openDatabase(choice: DatabaseChoice = {}): Promise<OpenResult> {
  const url = choice.databaseUrl?.trim();
  const timeZone = choice.timeZone ? { timeZone: choice.timeZone } : {};
  if (url) return openServer(url, timeZone);
  return openEmbedded(choice.dataDir ?? DEFAULT_DATA_DIR, timeZone);
}
