// Agencies and staff accounts: administrators create agencies below their own and accounts in their
// agency's subtree. The first administrator of a new installation is made by the CLI (no one can
// sign in to make them).
import type { AgencyRow } from '../db/agencies.repository.js';
import type { UserRow } from '../db/users.repository.js';
import { AGENCY_LEVELS, type AgencyLevel, type UserRole } from '../db/vocabulary.js';
import { denied, type Principal } from './access.js';
import type { Office } from './office.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { failure, ok, type Result } from './result.js';

export interface UserView {
  id: string;
  agencyId: string;
  login: string;
  displayName: string;
  role: UserRole;
  disabled: boolean;
}

export function userView(u: UserRow): UserView {
  return { id: u.id, agencyId: u.agencyId, login: u.login, displayName: u.displayName, role: u.role, disabled: u.disabledAt !== null };
}

export interface AgencyView {
  id: string;
  parentId: string | null;
  name: string;
  level: AgencyLevel;
}

export function agencyView(a: AgencyRow): AgencyView {
  return { id: a.id, parentId: a.parentId, name: a.name, level: a.level };
}

/** The level a name suggests (乡/镇/街道 → township …); 'department' when it names none. */
export function levelFromName(name: string): AgencyLevel {
  if (/(乡|镇|街道|苏木)(人民政府|办事处)?$/.test(name)) return 'township';
  if (/(县|区|旗|县级市)人民政府$/.test(name)) return 'county';
  if (/(市|州|盟)人民政府$/.test(name)) return 'city';
  if (/(省|自治区)人民政府$/.test(name)) return 'province';
  return 'department';
}

/** The agency with this name, made at the top level when there is none (the CLI's --agency). */
export async function agencyByName(office: Office, name: string, create: boolean): Promise<Result<AgencyRow>> {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 100) return failure('AGENCY_NAME_INVALID', '机关名称不能为空，且不超过100个字符。');
  const found = await office.repos.agencies.findByName(trimmed);
  if (found.length > 1) return failure('AGENCY_NAME_AMBIGUOUS', `有 ${found.length} 个名为“${trimmed}”的机关，请在系统中按上级机关区分。`);
  if (found[0]) return ok(found[0]);
  if (!create) return failure('RECORD_NOT_FOUND', `没有名为“${trimmed}”的机关。`);
  const made = await office.repos.agencies.create({ name: trimmed, level: levelFromName(trimmed) });
  return made.ok ? ok(made.value) : made;
}

async function inSubtree(office: Office, by: Principal, agencyId: string): Promise<boolean> {
  return (await office.repos.agencies.subtreeIds(by.agencyId)).includes(agencyId);
}

export async function createAgency(office: Office, by: Principal, input: { name: string; level: AgencyLevel; parentId: string }): Promise<Result<AgencyView>> {
  const no = denied(by, 'agencies.manage');
  if (no) return no;
  if (!(await inSubtree(office, by, input.parentId))) return failure('RECORD_NOT_FOUND', '上级机关不存在，或不在您可以管理的范围内。');
  if (!AGENCY_LEVELS.includes(input.level)) return failure('AGENCY_LEVEL_INVALID', '机关层级无效。');
  const made = await office.repos.agencies.create({ name: input.name.trim(), level: input.level, parentId: input.parentId });
  return made.ok ? ok(agencyView(made.value)) : made;
}

/** The agency and those below it that the user may see (their report scope, or their own agency). */
export async function visibleAgencies(office: Office, by: Principal): Promise<Result<AgencyView[]>> {
  const ids = by.role === 'supervisor' || by.role === 'administrator' ? await office.repos.agencies.subtreeIds(by.agencyId) : [by.agencyId];
  const rows: AgencyView[] = [];
  for (const id of ids) {
    const a = await office.repos.agencies.get(id);
    if (a) rows.push(agencyView(a));
  }
  return ok(rows);
}

export interface NewUserInput {
  agencyId: string;
  login: string;
  displayName: string;
  role: UserRole;
  password: string;
}

/** A staff account (the CLI passes `by` null for the first administrator). */
export async function createUser(office: Office, by: Principal | null, input: NewUserInput): Promise<Result<UserView>> {
  if (by) {
    const no = denied(by, 'users.manage');
    if (no) return no;
    if (!(await inSubtree(office, by, input.agencyId))) return failure('RECORD_NOT_FOUND', '机关不存在，或不在您可以管理的范围内。');
  }
  if (!/^[A-Za-z0-9._@-]{2,64}$/.test(input.login)) return failure('LOGIN_INVALID', '登录名应为2至64个字母、数字或 . _ @ - 字符。');
  const weak = passwordProblem(input.password);
  if (weak) return failure('PASSWORD_WEAK', weak);
  const made = await office.repos.users.create({
    agencyId: input.agencyId,
    login: input.login,
    displayName: input.displayName.trim() || input.login,
    role: input.role,
    passwordHash: await hashPassword(input.password),
  });
  return made.ok ? ok(userView(made.value)) : made;
}

export async function listUsers(office: Office, by: Principal): Promise<Result<UserView[]>> {
  const no = denied(by, 'users.manage');
  if (no) return no;
  return ok((await office.repos.users.list(await office.repos.agencies.subtreeIds(by.agencyId))).map(userView));
}
