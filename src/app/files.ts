// Input files: which kinds are read, folders walked lazily in a stable order, files loaded with their
// size checked before a byte is read. Shared by the CLI and the bulk workers.
import type { Dirent } from 'node:fs';
import { opendir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_INPUT_BYTES } from '../reader/decode.js';

export type Loaded = { path: string; ok: true; bytes: Uint8Array } | { path: string; ok: false; code: string; message: string };

/** Extensions read from folders (a file named on the command line is read whatever its name). */
export const READABLE_EXTENSIONS = ['.txt', '.text', '.htm', '.html', '.md', '.markdown', '.docx', '.pdf'] as const;
const READABLE = /\.(txt|text|html?|md|markdown|docx|pdf)$/i;

export function isReadableName(name: string): boolean {
  return READABLE.test(name);
}

/** Code-unit order: the same on every machine, unlike localeCompare, which follows the ICU data. */
function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // missing: reported when loading
  }
}

/** A symlink counts as a file if it points at one; linked folders are not followed (no cycles). */
async function isFileEntry(dir: string, entry: Dirent): Promise<boolean> {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return (await stat(join(dir, entry.name))).isFile();
  } catch {
    return false;
  }
}

async function* walkDirectory(dir: string): AsyncGenerator<string> {
  // One folder's names are held (to sort them); the tree below is walked as it is consumed.
  const entries: { name: string; dir: boolean }[] = [];
  for await (const entry of await opendir(dir)) {
    if (entry.isDirectory()) entries.push({ name: entry.name, dir: true });
    else if (isReadableName(entry.name) && (await isFileEntry(dir, entry))) entries.push({ name: entry.name, dir: false });
  }
  entries.sort(byName);
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.dir) yield* walkDirectory(full);
    else yield full;
  }
}

/**
 * Every file to read, in the order given; a folder contributes its readable files recursively, each
 * folder's entries sorted by name. Paths that are not folders are passed through as given (a missing
 * file becomes an INPUT_UNREADABLE result, not an exception).
 */
export async function* walkInputs(paths: readonly string[]): AsyncGenerator<string> {
  for (const p of paths) {
    if (await isDirectory(p)) yield* walkDirectory(p);
    else yield p;
  }
}

/** Whether any of the paths is a folder. */
export async function anyDirectory(paths: readonly string[]): Promise<boolean> {
  for (const p of paths) if (await isDirectory(p)) return true;
  return false;
}

export async function loadFile(path: string): Promise<Loaded> {
  try {
    const st = await stat(path);
    if (st.isDirectory()) return { path, ok: false, code: 'INPUT_IS_DIRECTORY', message: '这是一个文件夹。' };
    if (st.size > MAX_INPUT_BYTES) {
      return { path, ok: false, code: 'INPUT_TOO_LARGE', message: `文件过大（${(st.size / 1048576).toFixed(1)} MB，上限 ${MAX_INPUT_BYTES / 1048576} MB），不是一份年度报告。` };
    }
    return { path, ok: true, bytes: await readFile(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? '文件不存在。' : code === 'EACCES' ? '没有读取该文件的权限。' : `无法读取文件（${code ?? String(e)}）。`;
    return { path, ok: false, code: 'INPUT_UNREADABLE', message };
  }
}
