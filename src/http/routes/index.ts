// Every route module, registered in one place.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { Office } from '../../office/office.js';
import type { ServerOptions } from '../server.js';
import { applicationRoutes } from './applications.js';
import { publicRoutes } from './public.js';
import { sessionRoutes } from './session.js';

export type TypedApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

export interface RouteContext {
  office: Office;
  options: ServerOptions;
}

export async function registerRoutes(app: TypedApp, office: Office, options: ServerOptions): Promise<void> {
  const ctx: RouteContext = { office, options };
  for (const routes of [sessionRoutes, applicationRoutes, publicRoutes]) routes(app, ctx);
}
