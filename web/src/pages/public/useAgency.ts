// The agency a public page is about (from the public agency list), with its parent for the guide's
// remedies. An unknown id is a 404 in Chinese, like the API's.
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api';
import type { PublicAgency } from './Home';

export interface AgencyState {
  agency: PublicAgency | null;
  parent: PublicAgency | null;
  error: unknown;
  loading: boolean;
}

export function useAgency(id: string | undefined): AgencyState {
  const [state, setState] = useState<AgencyState>({ agency: null, parent: null, error: null, loading: true });
  useEffect(() => {
    let live = true;
    setState({ agency: null, parent: null, error: null, loading: true });
    api.get<PublicAgency[]>('/api/public/agencies').then(
      (all) => {
        if (!live) return;
        const agency = all.find((a) => a.id === id) ?? null;
        const parent = agency?.parentId ? (all.find((a) => a.id === agency.parentId) ?? null) : null;
        const error = agency ? null : new ApiError(404, 'RECORD_NOT_FOUND', '该机关不存在，请从首页选择机关。');
        setState({ agency, parent, error, loading: false });
      },
      (error: unknown) => live && setState({ agency: null, parent: null, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}

/** 2025-03-04 → 2025年3月4日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The day (China) of an instant, as 2025年1月20日. */
export function chinaDay(instant: string): string {
  return chineseDate(new Date(instant).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' }));
}
