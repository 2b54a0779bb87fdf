// Proactive disclosure records (主动公开): the register of 规章 and 行政规范性文件, the cells entered
// per year, and section 二 as computed from both.
import { Type } from 'typebox';
import { REGISTER_KINDS } from '../../core/proactive/register.js';
import { listDocuments, proactiveCounts, proactiveFiguresFor, registerDocument, repealDocument, saveProactiveCounts } from '../../office/proactive.js';
import { sendResult } from '../errors.js';
import { IsoDate, Loose, text, Uuid, withErrors, Year } from '../schemas.js';
import { principalOf, requireUser } from '../session.js';
import { enumOf } from './application-schemas.js';
import type { RouteContext, TypedApp } from './index.js';

const tags = ['主动公开'];
const Kind = enumOf(REGISTER_KINDS, '类别：regulation 规章，normativeDocument 行政规范性文件');
const YearParams = Type.Object({ year: Year });

const DocumentSchema = Type.Object(
  { id: Type.String(), kind: Type.String(), kindLabel: Type.String(), title: Type.String(), issuedOn: Type.String(), inForce: Type.Boolean() },
  { additionalProperties: true },
);

const DocumentBody = Type.Object(
  {
    kind: Kind,
    title: text(500, '文件标题'),
    docNumber: Type.Optional(text(100, '文号，如 某政规〔2024〕1号（本机关内不重复）')),
    issuedOn: IsoDate,
    publishedOn: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

const DocumentQuery = Type.Object(
  { kind: Type.Optional(Kind), inForceOn: Type.Optional(IsoDate) },
  { additionalProperties: false },
);

const CountsSchema = Type.Object(
  {
    agencyId: Type.String(),
    year: Type.Integer(),
    format: Type.String(),
    cells: Type.Array(
      Type.Object({
        caption: Type.String(),
        row: Type.String(),
        rowLabel: Type.String(),
        column: Type.String(),
        columnLabel: Type.String(),
        kind: Type.String({ description: 'count 非负整数；signedCount 本年增/减（可为负）；tenThousandYuan 万元（最多4位小数）；yuan 元（最多2位小数）' }),
        value: Type.Union([Type.Number(), Type.Null()]),
      }),
    ),
  },
  { additionalProperties: false },
);

const Value = Type.Union([Type.Number({ minimum: -1e12, maximum: 1e12 }), Type.Null()]);
const CountsBody = Type.Object(
  {
    values: Type.Record(Type.String(), Type.Record(Type.String(), Value, { maxProperties: 10 }), {
      maxProperties: 20,
      description: '行键 → 列键 → 值（null 表示不填）；整体替换该年度已填写的数据',
    }),
  },
  { additionalProperties: false },
);

export function proactiveRoutes(app: TypedApp, { office }: RouteContext): void {
  const auth = requireUser(office);

  app.get(
    '/api/proactive/documents',
    {
      preHandler: auth,
      schema: { tags, summary: '本机关的规章和行政规范性文件登记簿', querystring: DocumentQuery, response: withErrors({ 200: Type.Object({ items: Type.Array(DocumentSchema), total: Type.Integer() }) }, 401, 403) },
    },
    async (request, reply) => sendResult(reply, await listDocuments(office, principalOf(request), request.query)),
  );

  app.post(
    '/api/proactive/documents',
    { preHandler: auth, schema: { tags, summary: '登记规章或行政规范性文件', body: DocumentBody, response: withErrors({ 201: DocumentSchema }, 401, 403) } },
    async (request, reply) => sendResult(reply, await registerDocument(office, principalOf(request), request.body), 201),
  );

  app.post(
    '/api/proactive/documents/:id/repeal',
    {
      preHandler: auth,
      schema: {
        tags,
        summary: '登记文件废止（或失效）',
        params: Type.Object({ id: Uuid }),
        body: Type.Object({ repealedOn: IsoDate }, { additionalProperties: false }),
        response: withErrors({ 200: DocumentSchema }, 401, 403, 404),
      },
    },
    async (request, reply) => sendResult(reply, await repealDocument(office, principalOf(request), request.params.id, request.body.repealedOn)),
  );

  app.get(
    '/api/proactive/counts/:year',
    { preHandler: auth, schema: { tags, summary: '该年度可填写的第二部分数据（登记簿不能给出的格子）及已填写的值', params: YearParams, response: withErrors({ 200: CountsSchema }, 401, 403) } },
    async (request, reply) => sendResult(reply, await proactiveCounts(office, principalOf(request), request.params.year)),
  );

  app.put(
    '/api/proactive/counts/:year',
    { preHandler: auth, schema: { tags, summary: '填写该年度第二部分数据（整体替换）', params: YearParams, body: CountsBody, response: withErrors({ 200: CountsSchema }, 401, 403) } },
    async (request, reply) => sendResult(reply, await saveProactiveCounts(office, principalOf(request), request.params.year, request.body.values)),
  );

  app.get(
    '/api/proactive/figures/:year',
    {
      preHandler: auth,
      schema: {
        tags,
        summary: '该年度报告第二部分（由登记簿和已填写的数据计算）',
        params: YearParams,
        querystring: Type.Object({ agencyId: Type.Optional(Uuid) }, { additionalProperties: false }),
        response: withErrors({ 200: Type.Object({ agencyId: Type.String(), year: Type.Integer(), format: Type.String(), proactive: Loose }) }, 401, 403, 404),
      },
    },
    async (request, reply) => sendResult(reply, await proactiveFiguresFor(office, principalOf(request), request.params.year, request.query.agencyId)),
  );
}
