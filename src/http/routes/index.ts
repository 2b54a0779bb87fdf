// Every route module, registered in one place.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { Office } from '../../office/office.js';
import type { ServerOptions } from '../server.js';
import { adminRoutes } from './admin.js';
import { appealRoutes } from './appeals.js';
import { applicationRoutes } from './applications.js';
import { calendarRoutes } from './calendar.js';
import { clockRoutes } from './clock.js';
import { ledgerRoutes } from './ledger.js';
import { letterRoutes } from './letters.js';
import { proactiveRoutes } from './proactive.js';
import { publicReportRoutes } from './public-reports.js';
import { publicRoutes } from './public.js';
import { reportRoutes } from './reports.js';
import { sessionRoutes } from './session.js';
import { supervisionRoutes } from './supervision.js';

export type TypedApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

export interface RouteContext {
  office: Office;
  options: ServerOptions;
}

export async function registerRoutes(app: TypedApp, office: Office, options: ServerOptions): Promise<void> {
  const ctx: RouteContext = { office, options };
  for (const routes of [sessionRoutes, clockRoutes, adminRoutes, applicationRoutes, ledgerRoutes, letterRoutes, publicRoutes, appealRoutes, proactiveRoutes, calendarRoutes, reportRoutes, publicReportRoutes, supervisionRoutes]) routes(app, ctx);
}
