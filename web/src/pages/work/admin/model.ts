// What the 系统管理 pages share: the API's views (src/office/people.ts) and their Chinese labels.
import type { AgencyLevel } from '../../../../../src/db/vocabulary.js';
import type { Me } from '../../../session';

export type Role = Me['role'];
export type { AgencyLevel };
// The API's views, typed where they are made (type-only: nothing of the server is bundled).
export type { AgencyView, UserView } from '../../../../../src/office/people.js';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  clerk: '经办人',
  approver: '审核人',
  administrator: '系统管理员',
  supervisor: '监督人员',
};

export const ROLE_HELP: Readonly<Record<Role, string>> = {
  clerk: '登记和办理申请，登记复议诉讼和主动公开数据，起草年度报告',
  approver: '经办人的全部工作，另可批准延期、审核和发布年度报告',
  administrator: '管理本机关及下级机关的用户和机关，维护工作日历；可查阅申请',
  supervisor: '查阅本机关及下级机关的年度报告和统计数据，不能查阅申请',
};

export const LEVEL_LABELS: Readonly<Record<AgencyLevel, string>> = {
  national: '国家级',
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇级',
  department: '部门',
};

/** The level usually found below an agency of `level`. */
export const LEVEL_BELOW: Readonly<Record<AgencyLevel, AgencyLevel>> = {
  national: 'province',
  province: 'city',
  city: 'county',
  county: 'township',
  township: 'department',
  department: 'department',
};
