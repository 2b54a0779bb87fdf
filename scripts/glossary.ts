// Rewrites the generated part of docs/glossary.md from formats.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { GLOSSARY_BEGIN, GLOSSARY_END, labelGlossary } from '../src/core/glossary.js';

const path = new URL('../docs/glossary.md', import.meta.url);
const doc = readFileSync(path, 'utf8');
const start = doc.indexOf(GLOSSARY_BEGIN);
const end = doc.indexOf(GLOSSARY_END);
if (start < 0 || end < 0) throw new Error('docs/glossary.md has no generated section markers');
writeFileSync(path, doc.slice(0, start) + labelGlossary() + doc.slice(end + GLOSSARY_END.length));
console.log('docs/glossary.md updated');
