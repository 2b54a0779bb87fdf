// Signing in and out. A session is a random token handed to the browser in an HttpOnly cookie; the
// database keeps only its SHA-256, so a copy of the sessions table opens nothing.
import { createHash } from 'node:crypto';
import type { UserRow } from '../db/users.repository.js';
import { recordScopeFor, type Principal } from './access.js';
import type { Office } from './office.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { failure, ok, type Result } from './result.js';

export const SESSION_HOURS = 12;
const TOKEN_BYTES = 32;

function tokenHash(token: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(token).digest());
}

// Verifying against a throw-away hash when the login is unknown keeps the answer's timing the same.
let decoy: Promise<string> | null = null;

export async function principalFor(office: Office, user: UserRow): Promise<Principal> {
  const reportScope = user.role === 'supervisor' ? await office.repos.agencies.subtreeIds(user.agencyId) : [user.agencyId];
  return {
    userId: user.id,
    login: user.login,
    displayName: user.displayName,
    role: user.role,
    agencyId: user.agencyId,
    recordScope: recordScopeFor(user.role, user.agencyId),
    reportScope,
  };
}

export async function signIn(office: Office, login: string, password: string): Promise<Result<{ token: string; expiresAt: Date; principal: Principal }>> {
  const user = await office.repos.users.findByLogin(login.trim());
  if (!user || user.disabledAt !== null) {
    decoy ??= hashPassword('decoy password');
    await verifyPassword(password, await decoy);
    return failure('LOGIN_FAILED', '登录名或密码不正确。');
  }
  if (!(await verifyPassword(password, user.passwordHash))) return failure('LOGIN_FAILED', '登录名或密码不正确。');
  const token = Buffer.from(office.random(TOKEN_BYTES)).toString('base64url');
  const createdAt = office.clock.now();
  const expiresAt = new Date(createdAt.getTime() + SESSION_HOURS * 3600_000);
  await office.repos.users.createSession({ tokenHash: tokenHash(token), userId: user.id, expiresAt, createdAt });
  return ok({ token, expiresAt, principal: await principalFor(office, user) });
}

/** The principal of a session token, or null when the session is unknown, expired or the account disabled. */
export async function authenticate(office: Office, token: string): Promise<Principal | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const found = await office.repos.users.findSessionUser(tokenHash(token), office.clock.now());
  return found ? principalFor(office, found.user) : null;
}

export async function signOut(office: Office, token: string): Promise<void> {
  await office.repos.users.deleteSession(tokenHash(token));
}
