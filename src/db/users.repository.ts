// Staff accounts and their sessions. Passwords arrive hashed (a memory-hard function, app layer);
// session tokens arrive as their SHA-256, so a leaked table opens no session.
import type { Db } from './db.js';
import { done, recordNotFound, type AgencyScope, type Change, type RecordNotFound } from './repository-support.js';
import type { UserRole } from './vocabulary.js';

export interface UserRow {
  id: string;
  agencyId: string;
  login: string;
  displayName: string;
  role: UserRole;
  passwordHash: string;
  disabledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewUser {
  id?: string;
  agencyId: string;
  login: string;
  displayName: string;
  role: UserRole;
  passwordHash: string;
}

export interface SessionRow {
  tokenHash: Uint8Array;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

export type UserChanges = Partial<Pick<UserRow, 'displayName' | 'role' | 'passwordHash' | 'disabledAt' | 'agencyId'>>;

const COLUMNS = `u.id, u.agency_id AS "agencyId", u.login, u.display_name AS "displayName", u.role,
  u.password_hash AS "passwordHash", u.disabled_at AS "disabledAt", u.created_at AS "createdAt", u.updated_at AS "updatedAt"`;

const SESSION_COLUMNS = `token_hash AS "tokenHash", user_id AS "userId", created_at AS "createdAt", expires_at AS "expiresAt"`;

const CHANGE_COLUMNS: Record<keyof UserChanges, string> = {
  displayName: 'display_name',
  role: 'role',
  passwordHash: 'password_hash',
  disabledAt: 'disabled_at',
  agencyId: 'agency_id',
};

export class UsersRepository {
  constructor(private readonly db: Db) {}

  /** A new account; logins are unique regardless of case. */
  async create(user: NewUser): Promise<Change<UserRow, 'LOGIN_TAKEN'>> {
    const r = await this.db.query<UserRow>(
      `INSERT INTO users AS u (id, agency_id, login, display_name, role, password_hash)
       VALUES (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
      [user.id ?? null, user.agencyId, user.login, user.displayName, user.role, user.passwordHash],
    );
    const row = r.rows[0];
    return row ? done(row) : { ok: false, code: 'LOGIN_TAKEN', message: `登录名“${user.login}”已被使用。` };
  }

  async get(id: string): Promise<UserRow | null> {
    return (await this.db.query<UserRow>(`SELECT ${COLUMNS} FROM users u WHERE u.id = $1`, [id])).rows[0] ?? null;
  }

  /** The account with this login, in any case (for signing in). */
  async findByLogin(login: string): Promise<UserRow | null> {
    return (await this.db.query<UserRow>(`SELECT ${COLUMNS} FROM users u WHERE lower(u.login) = lower($1)`, [login])).rows[0] ?? null;
  }

  async list(scope: AgencyScope): Promise<UserRow[]> {
    return (await this.db.query<UserRow>(`SELECT ${COLUMNS} FROM users u WHERE u.agency_id = ANY($1::uuid[]) ORDER BY u.login`, [scope])).rows;
  }

  async change(id: string, changes: UserChanges): Promise<Change<UserRow, RecordNotFound>> {
    const keys = (Object.keys(changes) as (keyof UserChanges)[]).filter((k) => changes[k] !== undefined);
    const sets = keys.map((k, i) => `${CHANGE_COLUMNS[k]} = $${i + 2}`);
    const r = await this.db.query<UserRow>(
      `UPDATE users u SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE u.id = $1 RETURNING ${COLUMNS}`,
      [id, ...keys.map((k) => changes[k])],
    );
    const row = r.rows[0];
    return row ? done(row) : recordNotFound('用户');
  }

  /** A new session; `createdAt` defaults to the transaction's time (the app passes its own clock's). */
  async createSession(session: Omit<SessionRow, 'createdAt'> & { createdAt?: Date }): Promise<SessionRow> {
    const r = await this.db.query<SessionRow>(
      `INSERT INTO sessions (token_hash, user_id, expires_at, created_at) VALUES ($1, $2, $3, coalesce($4::timestamptz, now())) RETURNING ${SESSION_COLUMNS}`,
      [session.tokenHash, session.userId, session.expiresAt, session.createdAt ?? null],
    );
    return r.rows[0]!;
  }

  /** The session's user, when the session exists, has not expired at `at`, and the account is enabled. */
  async findSessionUser(tokenHash: Uint8Array, at: Date): Promise<{ session: SessionRow; user: UserRow } | null> {
    const r = await this.db.query<UserRow & { session: SessionRow }>(
      `SELECT ${COLUMNS}, json_build_object('userId', s.user_id, 'createdAt', s.created_at, 'expiresAt', s.expires_at) AS session
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL`,
      [tokenHash, at],
    );
    const row = r.rows[0];
    if (!row) return null;
    const { session, ...user } = row;
    return {
      user,
      session: { tokenHash, userId: session.userId, createdAt: new Date(session.createdAt), expiresAt: new Date(session.expiresAt) },
    };
  }

  async deleteSession(tokenHash: Uint8Array): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  async deleteUserSessions(userId: string): Promise<number> {
    return (await this.db.query('DELETE FROM sessions WHERE user_id = $1', [userId])).rowCount;
  }

  /** Removes sessions expired at `at`; returns how many. */
  async deleteExpiredSessions(at: Date): Promise<number> {
    return (await this.db.query('DELETE FROM sessions WHERE expires_at <= $1', [at])).rowCount;
  }
}
