// What the application pages share: the API's view of an application, labels from the core, dates.
import { useEffect, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../../api';
import type { ApplicationState } from '../../../../../src/core/applications/types.js';
import { chineseDate } from '../../../../../src/core/calendar/iso-date.js';

export { chineseDate };

// The API's views, typed where they are made (type-only: nothing of the server is bundled).
export type { ApplicationView, EventResult, HistoryEntry } from '../../../../../src/office/applications.js';

export const STATE_COLORS: Readonly<Record<ApplicationState, string>> = {
  registered: 'blue',
  extended: 'geekblue',
  awaitingCorrection: 'gold',
  inConsultation: 'purple',
  feePending: 'orange',
  decided: 'cyan',
  delivered: 'green',
  closed: 'default',
};

export const dateText = (iso: string | null | undefined): string => (iso ? chineseDate(iso) : '—');

/** An instant from the API as China time, e.g. 2024年9月2日 10:00. */
export function instantText(at: string): string {
  const d = new Date(at);
  const day = d.toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
  const time = d.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
  return `${chineseDate(day)} ${time}`;
}

export const toIso = (d: Dayjs): string => d.format('YYYY-MM-DD');
export const fromIso = (iso: string): Dayjs => dayjs(iso, 'YYYY-MM-DD');

/** The office's today (events dated after it are refused; the browser's clock may differ). */
export function useToday(): { today: string | null; error: unknown } {
  const [today, setToday] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    api.get<{ today: string }>('/api/today').then(
      (r) => live && setToday(r.today),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, []);
  return { today, error };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Roles that handle applications (the administrator only reads them). */
export const handles = (role: string): boolean => role === 'clerk' || role === 'approver';
