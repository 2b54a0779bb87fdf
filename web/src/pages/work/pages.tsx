// The workbench's pages: path under /work, menu label (none for detail pages), roles that see it.
import { lazy, type ComponentType } from 'react';
import type { Me } from '../../session';

export interface WorkPage {
  path: string;
  menu?: string;
  roles: readonly Me['role'][];
  Page: ComponentType<{ me: Me }>;
}

// Pages are lazy so each area is its own chunk.
export const lazyPage = (load: () => Promise<{ default: ComponentType<{ me: Me }> }>) => lazy(load);

const HANDLERS = ['clerk', 'approver'] as const;
const APPLICATION_READERS = ['clerk', 'approver', 'administrator'] as const;

export const WORK_PAGES: readonly WorkPage[] = [
  { path: 'applications', menu: '依申请公开', roles: APPLICATION_READERS, Page: lazyPage(() => import('./applications/ApplicationList')) },
  { path: 'applications/new', roles: HANDLERS, Page: lazyPage(() => import('./applications/ApplicationNew')) },
  { path: 'applications/:id', roles: APPLICATION_READERS, Page: lazyPage(() => import('./applications/ApplicationDetail')) },
  { path: 'applications/:id/letters/:kind', roles: APPLICATION_READERS, Page: lazyPage(() => import('./applications/LetterEditor')) },
  { path: 'ledger', menu: '台账导入', roles: HANDLERS, Page: lazyPage(() => import('./ledger/LedgerImport')) },
  { path: 'appeals', menu: '复议诉讼', roles: APPLICATION_READERS, Page: lazyPage(() => import('./appeals/AppealList')) },
  { path: 'proactive', menu: '主动公开', roles: HANDLERS, Page: lazyPage(() => import('./proactive/Proactive')) },
  { path: 'reports', menu: '年度报告', roles: ['clerk', 'approver', 'administrator', 'supervisor'], Page: lazyPage(() => import('./reports/ReportEditor')) },
  { path: 'supervise', menu: '监督汇总', roles: ['supervisor', 'administrator'], Page: lazyPage(() => import('./supervise/Supervise')) },
  { path: 'admin', menu: '系统管理', roles: ['administrator'], Page: lazyPage(() => import('./admin/Admin')) },
];
