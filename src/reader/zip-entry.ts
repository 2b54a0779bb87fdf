// Opening a ZIP container and reading one entry with a hard cap on its uncompressed size, so a
// zip bomb is refused instead of inflated.
import { Readable } from 'node:stream';
import JSZip from 'jszip';

export type ZipOpen = { ok: true; zip: JSZip } | { ok: false };

export async function openZip(bytes: Uint8Array): Promise<ZipOpen> {
  try {
    // No CRC check here: JSZip would inflate every entry (themes, images) to check it.
    return { ok: true, zip: await JSZip.loadAsync(bytes) };
  } catch {
    return { ok: false };
  }
}

export type EntryRead = { ok: true; chunks: AsyncIterable<Uint8Array> } | { ok: false; reason: 'missing' | 'too-large' };

/** The size the central directory declares (a zip bomb may lie; the stream below counts for real). */
function declaredSize(file: JSZip.JSZipObject): number | undefined {
  return (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
}

/**
 * The entry's bytes as a stream of chunks; iteration throws `EntryTooLarge` once more than `limit`
 * bytes have been inflated.
 */
export function readEntry(zip: JSZip, path: string, limit: number): EntryRead {
  const file = zip.file(path);
  if (!file || file.dir) return { ok: false, reason: 'missing' };
  const declared = declaredSize(file);
  if (declared !== undefined && declared > limit) return { ok: false, reason: 'too-large' };
  return { ok: true, chunks: capped(file, limit) };
}

export class EntryTooLarge extends Error {}

async function* capped(file: JSZip.JSZipObject, limit: number): AsyncIterable<Uint8Array> {
  // JSZip's stream is an old-style one: wrap it to iterate it.
  const stream = new Readable().wrap(file.nodeStream('nodebuffer'));
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += bytes.length;
      if (total > limit) throw new EntryTooLarge(`entry larger than ${limit} bytes`);
      yield bytes;
    }
  } finally {
    stream.destroy();
  }
}

/** A small entry as text (relationships, content types), or null when absent or too large. */
export async function entryText(zip: JSZip, path: string, limit = 1 << 20): Promise<string | null> {
  const entry = readEntry(zip, path, limit);
  if (!entry.ok) return null;
  const decoder = new TextDecoder('utf-8');
  let text = '';
  try {
    for await (const chunk of entry.chunks) text += decoder.decode(chunk, { stream: true });
  } catch {
    return null;
  }
  return text + decoder.decode();
}
