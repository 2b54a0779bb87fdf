// Files named on the command line: folders expanded, sizes checked before anything is read.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_INPUT_BYTES } from '../reader/decode.js';

export type Loaded = { path: string; ok: true; bytes: Uint8Array } | { path: string; ok: false; code: string; message: string };

const READABLE = /\.(txt|text|html?|md|markdown)$/i;

/** Every file to read, in the order given; a folder contributes its readable files, sorted. */
export function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // missing: reported when loading
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    const entries = readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = join(p, e.name);
      if (e.isDirectory()) out.push(...expandPaths([full]));
      else if (e.isFile() && READABLE.test(e.name)) out.push(full);
    }
  }
  return out;
}

export function loadFile(path: string): Loaded {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { path, ok: false, code: 'INPUT_IS_DIRECTORY', message: '这是一个文件夹。' };
    if (st.size > MAX_INPUT_BYTES) {
      return { path, ok: false, code: 'INPUT_TOO_LARGE', message: `文件过大（${(st.size / 1048576).toFixed(1)} MB，上限 ${MAX_INPUT_BYTES / 1048576} MB），不是一份年度报告。` };
    }
    return { path, ok: true, bytes: readFileSync(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? '文件不存在。' : code === 'EACCES' ? '没有读取该文件的权限。' : `无法读取文件（${code ?? String(e)}）。`;
    return { path, ok: false, code: 'INPUT_UNREADABLE', message };
  }
}
