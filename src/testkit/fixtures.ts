// Paths to the repository's fixtures, for tests and benchmarks.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEEDS_DIR = join(REPO_ROOT, 'fixtures', 'seeds');
export const SEEDS_EXPECTED_DIR = join(REPO_ROOT, 'fixtures', 'seeds-expected');
export const SCHEMA_PATH = join(REPO_ROOT, 'contract', 'annual-report.schema.json');
/** The shared folder beside the repository (CI and developers have it; a user's clone may not). */
export const SHARED_DIR = join(REPO_ROOT, '..', 'shared');

export function seedNames(): string[] {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
}

export function sharedSeedsPresent(): boolean {
  return existsSync(join(SHARED_DIR, 'fixtures', 'seeds'));
}
