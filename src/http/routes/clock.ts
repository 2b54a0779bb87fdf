// The office's today (China): the workbench's date fields default to it, since events dated after
// it are refused and a browser's own clock or time zone may differ.
import { Type } from 'typebox';
import { IsoDate, withErrors } from '../schemas.js';
import { requireUser } from '../session.js';
import type { RouteContext, TypedApp } from './index.js';

export function clockRoutes(app: TypedApp, { office }: RouteContext): void {
  app.get(
    '/api/today',
    { preHandler: requireUser(office), schema: { tags: ['登录'], summary: '系统当前日期（北京时间），办理日期不能晚于该日期', response: withErrors({ 200: Type.Object({ today: IsoDate }) }, 401) } },
    async () => ({ today: office.clock.today() }),
  );
}
