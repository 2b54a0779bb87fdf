// The workbench's pages: path under /work, menu label (none for detail pages), roles that see it.
import { lazy, type ComponentType } from 'react';
import type { Me } from '../../session';

export interface WorkPage {
  path: string;
  menu?: string;
  roles: readonly Me['role'][];
  Page: ComponentType<{ me: Me }>;
}

export const WORK_PAGES: readonly WorkPage[] = [];

// Pages are lazy so each area is its own chunk.
export const lazyPage = (load: () => Promise<{ default: ComponentType<{ me: Me }> }>) => lazy(load);
