// The docs describe the code: every code the code can emit is listed, the glossary is current.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { GLOSSARY_BEGIN, GLOSSARY_END, labelGlossary } from './core/glossary.js';
import { REPO_ROOT } from './testkit/fixtures.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

test('docs/errors.md lists every code the code can emit', () => {
  const doc = readFileSync(join(REPO_ROOT, 'docs', 'errors.md'), 'utf8');
  const codes = new Set<string>();
  for (const file of sources(join(REPO_ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:code|missingCode)\s*:\s*'([A-Z][A-Z0-9_]+)'|(?:fail|failure)\('([A-Z][A-Z0-9_]+)'|\?\?\s*'([A-Z][A-Z0-9_]+)'/g)) codes.add((m[1] ?? m[2] ?? m[3])!);
    for (const m of text.matchAll(/'(R[1-4]_[A-Z_]+)'/g)) codes.add(m[1]!);
  }
  assert.ok(codes.size >= 34, `found ${codes.size} codes`);
  const missing = [...codes].filter((c) => !doc.includes(`\`${c}\``));
  assert.deepEqual(missing, []);
});

test('docs/glossary.md carries the current table labels (npm run glossary)', () => {
  const doc = readFileSync(join(REPO_ROOT, 'docs', 'glossary.md'), 'utf8');
  const current = doc.slice(doc.indexOf(GLOSSARY_BEGIN), doc.indexOf(GLOSSARY_END) + GLOSSARY_END.length);
  assert.equal(current, labelGlossary());
});
