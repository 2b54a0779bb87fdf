// Who may do what. Staff act for their own agency: 经办人 (clerk) handles applications, appeals,
// proactive records and report drafts; 审核人 (approver) also approves extensions and reports and
// publishes them; the administrator manages accounts and agencies below their own and the working
// calendar. A supervisor (政务公开办) reads figures and reports of their agency's subtree but no
// application of another agency: personal data stays with the agency that holds it.
import type { UserRole } from '../db/vocabulary.js';
import { failure, type Failure } from './result.js';

export interface Principal {
  userId: string;
  login: string;
  displayName: string;
  role: UserRole;
  agencyId: string;
  /** Agencies whose applications and records this user may read and change. */
  recordScope: readonly string[];
  /** Agencies whose figures and reports this user may read (a supervisor's subtree). */
  reportScope: readonly string[];
}

export type Permission =
  | 'applications.read'
  | 'applications.write'
  | 'extensions.approve'
  | 'records.write'
  | 'reports.draft'
  | 'reports.approve'
  | 'reports.read'
  | 'users.manage'
  | 'agencies.manage'
  | 'calendar.manage';

const GRANTS: Readonly<Record<UserRole, readonly Permission[]>> = {
  clerk: ['applications.read', 'applications.write', 'records.write', 'reports.draft', 'reports.read'],
  approver: ['applications.read', 'applications.write', 'extensions.approve', 'records.write', 'reports.draft', 'reports.approve', 'reports.read'],
  administrator: ['applications.read', 'reports.read', 'users.manage', 'agencies.manage', 'calendar.manage'],
  supervisor: ['reports.read'],
};

export const ROLE_LABELS: Readonly<Record<UserRole, string>> = {
  clerk: '经办人',
  approver: '审核人',
  administrator: '系统管理员',
  supervisor: '监督人员',
};

export function can(principal: Principal, permission: Permission): boolean {
  return GRANTS[principal.role].includes(permission);
}

/** A failure when the principal lacks the permission, else null. */
export function denied(principal: Principal, permission: Permission): Failure | null {
  return can(principal, permission) ? null : failure('FORBIDDEN', `您的角色（${ROLE_LABELS[principal.role]}）无权进行此操作。`);
}

/** Record scope for a role: own agency for office staff; none for a supervisor. */
export function recordScopeFor(role: UserRole, agencyId: string): string[] {
  return role === 'supervisor' ? [] : [agencyId];
}
