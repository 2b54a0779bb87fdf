// Keys for personal data at rest: ID and phone numbers are sealed with AES-256-GCM before they reach
// the database, and looked up by a keyed hash (HMAC-SHA-256) so one applicant's applications can be
// found without decrypting. The key lives outside the database (a key file, 0600, made on first
// start; or GONGKAI_SECRET_KEY), so a copied database or backup alone reveals nothing.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Sealed values start with a version byte, so the scheme can change without guessing. */
const VERSION = 1;

export interface Secrets {
  seal(plain: string): Uint8Array;
  /** The plain text, or null when the value was sealed with another key or is damaged. */
  unseal(sealed: Uint8Array): string | null;
  /** A stable keyed hash of a normalised identifier (same input → same bytes). */
  lookupKey(identifier: string): Uint8Array;
}

export type SecretsResult = { ok: true; secrets: Secrets; created: boolean } | { ok: false; code: 'SECRET_KEY_INVALID' | 'SECRET_KEY_UNREADABLE'; message: string };

export function secretsFromKey(master: Uint8Array): Secrets {
  if (master.length !== KEY_BYTES) throw new RangeError('secret key must be 32 bytes');
  // Separate keys for encryption and lookup, derived from the one master key.
  const derive = (label: string) => createHmac('sha256', master).update(label).digest();
  const sealKey = derive('gongkai seal v1');
  const lookup = derive('gongkai lookup v1');
  return {
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', sealKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return new Uint8Array(Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]));
    },
    unseal(sealed) {
      const bytes = Buffer.from(sealed);
      if (bytes.length < 1 + IV_BYTES + TAG_BYTES || bytes[0] !== VERSION) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', sealKey, bytes.subarray(1, 1 + IV_BYTES));
        decipher.setAuthTag(bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
        return Buffer.concat([decipher.update(bytes.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
    lookupKey(identifier) {
      return new Uint8Array(createHmac('sha256', lookup).update(identifier.trim().toUpperCase()).digest());
    },
  };
}

/** The key from `GONGKAI_SECRET_KEY` (64 hex digits), else from `keyFile`, made there when absent. */
export function loadSecrets(keyFile: string, env: string | undefined = process.env['GONGKAI_SECRET_KEY']): SecretsResult {
  if (env !== undefined && env.trim() !== '') {
    const hex = env.trim();
    if (!/^[0-9a-fA-F]{64}$/.test(hex)) return { ok: false, code: 'SECRET_KEY_INVALID', message: '环境变量 GONGKAI_SECRET_KEY 应为 64 位十六进制数字（32 字节密钥）。' };
    return { ok: true, secrets: secretsFromKey(Buffer.from(hex, 'hex')), created: false };
  }
  try {
    const text = readFileSync(keyFile, 'utf8').trim();
    if (!/^[0-9a-f]{64}$/i.test(text)) return { ok: false, code: 'SECRET_KEY_INVALID', message: `密钥文件“${keyFile}”内容无效：应为 64 位十六进制数字。` };
    return { ok: true, secrets: secretsFromKey(Buffer.from(text, 'hex')), created: false };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      return { ok: false, code: 'SECRET_KEY_UNREADABLE', message: `无法读取密钥文件“${keyFile}”：${(e as Error).message}` };
    }
  }
  try {
    const key = randomBytes(KEY_BYTES);
    mkdirSync(dirname(keyFile), { recursive: true });
    // 'wx': never overwrite a key another process has just written.
    writeFileSync(keyFile, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    return { ok: true, secrets: secretsFromKey(key), created: true };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return loadSecrets(keyFile, undefined);
    return { ok: false, code: 'SECRET_KEY_UNREADABLE', message: `无法创建密钥文件“${keyFile}”：${(e as Error).message}` };
  }
}
