// What the application pages share: the API's view of an application, labels from the core, dates.
import { useEffect, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../../api';
import type { ApplicantType } from '../../../../../src/core/applications/applicant.js';
import type { ReplyDeadlineView } from '../../../../../src/core/applications/deadlines.js';
import type { Outcome } from '../../../../../src/core/applications/outcomes.js';
import type { Application, ApplicationDeadlines, ApplicationState, LetterKind } from '../../../../../src/core/applications/types.js';
import { chineseDate } from '../../../../../src/core/calendar/iso-date.js';

export { chineseDate };

/** GET /api/applications/:id (src/office/applications.ts ApplicationView). */
export interface ApplicationView {
  id: string;
  agencyId: string;
  trackingCode: string;
  referenceNumber: string | null;
  source: 'registered' | 'imported';
  channel: string | null;
  receivedOn: string;
  applicantType: ApplicantType;
  applicantTypeLabel: string;
  applicant: { name: string | null; idNumber: string | null; phone: string | null; address: string | null; email: string | null };
  content: string | null;
  requestedForm: string | null;
  state: ApplicationState;
  stateLabel: string;
  outcome: Outcome | null;
  outcomeLabel: string | null;
  concludedOn: string | null;
  deadlines: ApplicationDeadlines | null;
  reply: ReplyDeadlineView | null;
  correction: Application['correction'];
  consultations: Application['consultations'];
  extension: Application['extension'];
  fee: Application['fee'];
  version: number;
  updatedAt: string;
}

export interface HistoryEntry {
  at: string;
  kind: string;
  label: string;
  actorId: string | null;
  actorName: string | null;
  payload: Record<string, unknown>;
}

/** POST /api/applications/:id/events. */
export interface EventResult {
  application: ApplicationView;
  letters: { letter: LetterKind; basis: string }[];
  warnings: { code: string; message: string }[];
}

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
