// The working calendar deadlines are counted on: the administrator's days on top of the official
// arrangements, and the years whose arrangement is known.
import { Type } from 'typebox';
import { OFFICIAL_FIRST_YEAR, OFFICIAL_LAST_YEAR } from '../../core/calendar/working-calendar.js';
import { calendarSettings, replaceCalendarYear } from '../../office/calendar.js';
import type { Office } from '../../office/office.js';
import type { Result } from '../../office/result.js';
import { sendResult } from '../errors.js';
import { IsoDate, withErrors } from '../schemas.js';
import { principalOf, requireUser } from '../session.js';
import type { RouteContext, TypedApp } from './index.js';

const tags = ['工作日历'];

const Override = Type.Object(
  {
    date: IsoDate,
    working: Type.Boolean({ description: 'true 工作日（如调休上班），false 休息日' }),
    note: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S', description: '说明，如 元旦、春节调休上班、自治区成立纪念日' }),
  },
  { additionalProperties: false },
);

const CalendarSchema = Type.Object(
  {
    overrides: Type.Array(Type.Object({ date: Type.String(), working: Type.Boolean(), note: Type.String() })),
    completeYears: Type.Array(Type.Integer(), { description: '管理员已完整录入节假日安排的年份（不再提示超出日历）' }),
    official: Type.Object({ from: Type.Integer(), to: Type.Integer() }, { description: '国务院节假日安排数据覆盖的年份' }),
    known: Type.Object({ from: Type.Integer(), until: Type.Integer() }, { description: '连续已知安排的年份（含管理员录入的完整年份）' }),
  },
  { additionalProperties: false },
);

type Settings = { overrides: { date: string; working: boolean; note: string }[]; completeYears: number[] };

async function withRange(office: Office, r: Result<Settings>) {
  if (!r.ok) return r;
  const calendar = await office.calendar();
  return {
    ok: true as const,
    value: { ...r.value, official: { from: OFFICIAL_FIRST_YEAR, to: OFFICIAL_LAST_YEAR }, known: { from: calendar.knownFrom, until: calendar.knownUntil } },
  };
}

export function calendarRoutes(app: TypedApp, { office }: RouteContext): void {
  const auth = requireUser(office);

  app.get('/api/calendar', { preHandler: auth, schema: { tags, summary: '工作日历：管理员的调整、完整录入的年份、官方数据覆盖的年份', response: withErrors({ 200: CalendarSchema }, 401) } }, async (_request, reply) =>
    sendResult(reply, await withRange(office, await calendarSettings(office))),
  );

  app.put(
    '/api/calendar/:year',
    {
      preHandler: auth,
      schema: {
        tags,
        summary: '替换一年的日历调整（系统管理员）；complete 表示该年节假日安排已完整录入',
        params: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2199, description: '年份' }) }),
        body: Type.Object({ overrides: Type.Array(Override, { maxItems: 366 }), complete: Type.Boolean() }, { additionalProperties: false }),
        response: withErrors({ 200: CalendarSchema }, 401, 403),
      },
    },
    async (request, reply) => {
      const { year } = request.params;
      const r = await replaceCalendarYear(office, principalOf(request), { year, ...request.body });
      return sendResult(reply, await withRange(office, r));
    },
  );
}
