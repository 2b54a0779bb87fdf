// Access, endpoint by endpoint: every endpoint of the OpenAPI document has a case here (a new
// endpoint without one fails the first test). Staff endpoints refuse a request without a session;
// staff of 乙镇 (and its approver) can neither read nor change 甲镇's records through any of them —
// lists leave 甲镇's records out, and 甲镇's records are unchanged afterwards; the public reaches
// only public endpoints, and sees an application only by its tracking code, without personal data.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { onBothEngines, type ApiHarness } from './api-testkit.js';

interface Fixture {
  applicationId: string;
  version: number;
  trackingCode: string;
  appealId: string;
  documentId: string;
  year: number;
}

type Who = 'clerkB' | 'approverB' | 'adminCounty' | 'supervisor' | 'adminA';
type Expect = 'hidden' | 'forbidden' | 'ownOnly' | 'public' | 'session';

interface Case {
  /** Who tries (the intruder); each case also runs without a session. */
  who: Who;
  /** hidden: 404 (or 403); forbidden: 403; ownOnly: succeeds but only with the caller's own data (no 甲镇 ids in the answer). */
  expect: Expect;
  url(f: Fixture, h: ApiHarness): string;
  body?(f: Fixture, h: ApiHarness): unknown;
  raw?: { contentType: string; bytes: Buffer };
}

const CSV = Buffer.from('申请编号,收到日期,申请人类型,办理结果,办结日期\nX-1,2024-03-01,自然人,予以公开,2024-03-10\n', 'utf8');

const CASES: Record<string, Case> = {
  'POST /api/session': { who: 'clerkB', expect: 'session', url: () => '/api/session' },
  'GET /api/session': { who: 'clerkB', expect: 'ownOnly', url: () => '/api/session' },
  'DELETE /api/session': { who: 'clerkB', expect: 'session', url: () => '/api/session' },
  'GET /api/today': { who: 'clerkB', expect: 'ownOnly', url: () => '/api/today' },
  'GET /api/agencies': { who: 'clerkB', expect: 'ownOnly', url: () => '/api/agencies' },
  'POST /api/agencies': { who: 'adminA', expect: 'hidden', url: () => '/api/agencies', body: (_f, h) => ({ name: '乙镇某站', level: 'department', parentId: h.seed.townB }) },
  'GET /api/users': { who: 'adminA', expect: 'ownOnly', url: () => '/api/users' },
  'POST /api/users': { who: 'adminA', expect: 'hidden', url: () => '/api/users', body: (_f, h) => ({ agencyId: h.seed.townB, login: 'intruder', displayName: '某', role: 'clerk', password: 'Another-pass-9' }) },
  'GET /api/calendar': { who: 'clerkB', expect: 'ownOnly', url: () => '/api/calendar' },
  'PUT /api/calendar/{year}': { who: 'approverB', expect: 'forbidden', url: () => '/api/calendar/2027', body: () => ({ overrides: [], complete: true }) },
  'GET /api/applications': { who: 'clerkB', expect: 'ownOnly', url: () => '/api/applications' },
  'POST /api/applications': {
    who: 'clerkB',
    expect: 'ownOnly',
    url: () => '/api/applications',
    body: () => ({ applicantType: 'naturalPerson', applicant: { name: '乙某' }, content: '乙镇的文件', receipt: { channel: 'inPerson', submittedOn: '2025-03-03' } }),
  },
  'GET /api/applications/{id}': { who: 'clerkB', expect: 'hidden', url: (f) => `/api/applications/${f.applicationId}` },
  'GET /api/applications/{id}/history': { who: 'clerkB', expect: 'hidden', url: (f) => `/api/applications/${f.applicationId}/history` },
  'POST /api/applications/{id}/events': { who: 'approverB', expect: 'hidden', url: (f) => `/api/applications/${f.applicationId}/events`, body: (f) => ({ version: f.version, event: { type: 'deliver', on: '2025-03-03' } }) },
  'GET /api/applications/{id}/letters/{kind}': { who: 'clerkB', expect: 'hidden', url: (f) => `/api/applications/${f.applicationId}/letters/reply` },
  'POST /api/applications/{id}/letters/{kind}/docx': {
    who: 'clerkB',
    expect: 'hidden',
    url: (f) => `/api/applications/${f.applicationId}/letters/reply/docx`,
    body: () => ({ title: '答复书', reference: '〔2025〕第1号', addressee: '某：', paragraphs: ['正文'], basis: '第三十六条', agencyName: '乙镇', date: '2025-03-03' }),
  },
  'POST /api/ledger': { who: 'clerkB', expect: 'hidden', url: (_f, h) => `/api/ledger?filename=a.csv&agencyId=${h.seed.townA}`, raw: { contentType: 'text/csv', bytes: CSV } },
  'GET /api/appeals': { who: 'clerkB', expect: 'ownOnly', url: () => '/api/appeals' },
  'POST /api/appeals': { who: 'clerkB', expect: 'hidden', url: () => '/api/appeals', body: (f) => ({ kind: 'review', caseNumber: '乙复〔2025〕1号', body: '某县人民政府', filedOn: '2025-03-01', applicationId: f.applicationId }) },
  'GET /api/appeals/{id}': { who: 'clerkB', expect: 'hidden', url: (f) => `/api/appeals/${f.appealId}` },
  'POST /api/appeals/{id}/conclude': { who: 'approverB', expect: 'hidden', url: (f) => `/api/appeals/${f.appealId}/conclude`, body: () => ({ concludedOn: '2025-03-01', outcome: 'corrected' }) },
  'GET /api/proactive/documents': { who: 'clerkB', expect: 'ownOnly', url: () => '/api/proactive/documents' },
  'POST /api/proactive/documents': {
    who: 'clerkB',
    expect: 'ownOnly',
    url: () => '/api/proactive/documents',
    body: () => ({ kind: 'normativeDocument', title: '乙镇某办法', docNumber: '乙政规〔2025〕1号', issuedOn: '2025-02-01' }),
  },
  'POST /api/proactive/documents/{id}/repeal': { who: 'approverB', expect: 'hidden', url: (f) => `/api/proactive/documents/${f.documentId}/repeal`, body: () => ({ repealedOn: '2025-03-01' }) },
  'GET /api/proactive/counts/{year}': { who: 'clerkB', expect: 'ownOnly', url: (f) => `/api/proactive/counts/${f.year}` },
  'PUT /api/proactive/counts/{year}': { who: 'clerkB', expect: 'ownOnly', url: (f) => `/api/proactive/counts/${f.year}`, body: () => ({ values: { licensing: { decisions: 3 } } }) },
  'GET /api/proactive/figures/{year}': { who: 'clerkB', expect: 'hidden', url: (f, h) => `/api/proactive/figures/${f.year}?agencyId=${h.seed.townA}` },
  'GET /api/reports/{year}/figures': { who: 'clerkB', expect: 'hidden', url: (f, h) => `/api/reports/${f.year}/figures?agencyId=${h.seed.townA}` },
  'GET /api/reports/{year}/versions': { who: 'clerkB', expect: 'hidden', url: (f, h) => `/api/reports/${f.year}/versions?agencyId=${h.seed.townA}` },
  'POST /api/reports/{year}/versions': { who: 'clerkB', expect: 'hidden', url: (f, h) => `/api/reports/${f.year}/versions?agencyId=${h.seed.townA}` },
  'GET /api/reports/{year}/versions/{version}': { who: 'clerkB', expect: 'hidden', url: (f, h) => `/api/reports/${f.year}/versions/1?agencyId=${h.seed.townA}` },
  'PATCH /api/reports/{year}/versions/{version}': { who: 'clerkB', expect: 'hidden', url: (f, h) => `/api/reports/${f.year}/versions/1?agencyId=${h.seed.townA}`, body: () => ({ narratives: { 一: '乙镇改写' } }) },
  'POST /api/reports/{year}/versions/{version}/refresh': { who: 'clerkB', expect: 'hidden', url: (f, h) => `/api/reports/${f.year}/versions/1/refresh?agencyId=${h.seed.townA}` },
  'POST /api/reports/{year}/versions/{version}/submit': { who: 'clerkB', expect: 'hidden', url: (f, h) => `/api/reports/${f.year}/versions/1/submit?agencyId=${h.seed.townA}` },
  'POST /api/reports/{year}/versions/{version}/approve': { who: 'approverB', expect: 'hidden', url: (f, h) => `/api/reports/${f.year}/versions/1/approve?agencyId=${h.seed.townA}` },
  'POST /api/reports/{year}/versions/{version}/return': { who: 'approverB', expect: 'hidden', url: (f, h) => `/api/reports/${f.year}/versions/1/return?agencyId=${h.seed.townA}` },
  'POST /api/reports/{year}/versions/{version}/publish': { who: 'approverB', expect: 'hidden', url: (f, h) => `/api/reports/${f.year}/versions/1/publish?agencyId=${h.seed.townA}` },
  'GET /api/reports/{year}/versions/{version}/export.{format}': { who: 'clerkB', expect: 'hidden', url: (f, h) => `/api/reports/${f.year}/versions/1/export.json?agencyId=${h.seed.townA}` },
  'GET /api/supervision/{year}/rollup': { who: 'clerkB', expect: 'ownOnly', url: (f) => `/api/supervision/${f.year}/rollup` },
  'POST /api/supervision/uploads': { who: 'clerkB', expect: 'ownOnly', url: () => '/api/supervision/uploads?filename=a.txt', raw: { contentType: 'text/plain', bytes: Buffer.from('不是年度报告', 'utf8') } },
  'GET /api/public/agencies': { who: 'clerkB', expect: 'public', url: () => '/api/public/agencies' },
  'POST /api/public/agencies/{agencyId}/applications': {
    who: 'clerkB',
    expect: 'public',
    url: (_f, h) => `/api/public/agencies/${h.seed.townB}/applications`,
    body: () => ({ applicantType: 'naturalPerson', applicant: { name: '公众某' }, content: '某文件' }),
  },
  'GET /api/public/applications/{trackingCode}': { who: 'clerkB', expect: 'public', url: (f) => `/api/public/applications/${f.trackingCode}` },
  'GET /api/public/agencies/{agencyId}/reports': { who: 'clerkB', expect: 'public', url: (_f, h) => `/api/public/agencies/${h.seed.townA}/reports` },
  'GET /api/public/agencies/{agencyId}/reports/{year}': { who: 'clerkB', expect: 'public', url: (f, h) => `/api/public/agencies/${h.seed.townA}/reports/${f.year}` },
  'GET /api/public/agencies/{agencyId}/reports/{year}/export.{format}': { who: 'clerkB', expect: 'public', url: (f, h) => `/api/public/agencies/${h.seed.townA}/reports/${f.year}/export.json` },
};

onBothEngines('access: every endpoint', (h) => {
  let f: Fixture;
  let fingerprint = '';

  const send = async (method: string, url: string, options: { who?: Who; body?: unknown; raw?: Case['raw'] } = {}) =>
    h().api.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(options.who ? { cookie: await h().cookie(options.who) } : {}),
        ...(options.raw ? { 'content-type': options.raw.contentType } : {}),
      },
      ...(options.raw ? { payload: options.raw.bytes } : options.body !== undefined ? { payload: options.body as object } : method === 'POST' || method === 'PUT' || method === 'PATCH' ? { payload: {} } : {}),
    });

  /** 甲镇's records as stored: any change by an intruder shows here. */
  const stateOfA = async () => {
    const q = async (sql: string) => JSON.stringify((await h().db.query(sql, [h().seed.townA])).rows);
    return [
      await q('SELECT id, version, state, outcome FROM applications WHERE agency_id = $1 ORDER BY id'),
      await q('SELECT count(*)::int AS n FROM application_events e JOIN applications a ON a.id = e.application_id WHERE a.agency_id = $1'),
      await q('SELECT id, outcome, concluded_on FROM appeals WHERE agency_id = $1 ORDER BY id'),
      await q('SELECT id, repealed_on FROM normative_documents WHERE agency_id = $1 ORDER BY id'),
      await q('SELECT year, row_key, column_key, value::text FROM proactive_counts WHERE agency_id = $1 ORDER BY 1, 2, 3'),
      await q('SELECT version, status, narratives FROM report_versions WHERE agency_id = $1 ORDER BY version'),
      await q('SELECT count(*)::int AS n FROM agencies WHERE parent_id = $1'),
      await q('SELECT login FROM users WHERE agency_id = $1 ORDER BY login'),
    ].join('\n');
  };

  before(async () => {
    h().clock.setToday('2025-03-03');
    const clerkA = { who: 'clerkA' as unknown as Who };
    const made = await send('POST', '/api/applications', {
      ...clerkA,
      body: { applicantType: 'naturalPerson', applicant: { name: '甲某', idNumber: '11010519491231002X', phone: '13812345678' }, content: '甲镇的文件', receipt: { channel: 'inPerson', submittedOn: '2024-05-06' } },
    });
    assert.equal(made.statusCode, 201, made.body);
    const decided = await send('POST', `/api/applications/${made.json().id}/events`, { ...clerkA, body: { version: 1, event: { type: 'decide', on: '2024-05-20', outcome: 'granted' } } });
    assert.equal(decided.statusCode, 200, decided.body);
    const appeal = await send('POST', '/api/appeals', { ...clerkA, body: { kind: 'review', caseNumber: '某县政复〔2024〕1号', body: '某县人民政府', filedOn: '2024-06-10', applicationId: made.json().id } });
    assert.equal(appeal.statusCode, 201, appeal.body);
    const doc = await send('POST', '/api/proactive/documents', { ...clerkA, body: { kind: 'normativeDocument', title: '甲镇某办法', docNumber: '甲政规〔2024〕1号', issuedOn: '2024-03-01' } });
    assert.equal(doc.statusCode, 201, doc.body);
    const draft = await send('POST', '/api/reports/2024/versions', clerkA);
    assert.equal(draft.statusCode, 201, draft.body);
    f = { applicationId: made.json().id, version: decided.json().application.version, trackingCode: made.json().trackingCode, appealId: appeal.json().id, documentId: doc.json().id, year: 2024 };
    fingerprint = await stateOfA();
  });

  test('every endpoint of the OpenAPI document has an access case', async () => {
    const doc = (await send('GET', '/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    const endpoints = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    assert.deepEqual(endpoints.filter((e) => !(e in CASES)).sort(), [], 'endpoints without an access case');
    assert.deepEqual(Object.keys(CASES).filter((c) => !endpoints.includes(c)).sort(), [], 'cases for endpoints that no longer exist');
  });

  test('staff endpoints refuse requests without a session', async () => {
    for (const [key, c] of Object.entries(CASES)) {
      if (c.expect === 'public' || c.expect === 'session') continue;
      const method = key.split(' ')[0]!;
      const r = await send(method, c.url(f, h()), { ...(c.body ? { body: c.body(f, h()) } : {}), ...(c.raw ? { raw: c.raw } : {}) });
      assert.equal(r.statusCode, 401, `${key}: ${r.body}`);
      assert.equal(r.json().error.code, 'UNAUTHENTICATED', key);
    }
  });

  test('another agency can neither read nor change 甲镇 through any endpoint', async () => {
    const secretsOfA = [f.applicationId, f.appealId, f.documentId, '甲某', '甲镇的文件', '甲政规'];
    for (const [key, c] of Object.entries(CASES)) {
      if (c.expect === 'session') continue;
      const method = key.split(' ')[0]!;
      const r = await send(method, c.url(f, h()), { who: c.who, ...(c.body ? { body: c.body(f, h()) } : {}), ...(c.raw ? { raw: c.raw } : {}) });
      if (c.expect === 'hidden') assert.ok([403, 404].includes(r.statusCode), `${key} as ${c.who}: ${r.statusCode} ${r.body.slice(0, 200)}`);
      else if (c.expect === 'forbidden') assert.equal(r.statusCode, 403, `${key} as ${c.who}: ${r.body.slice(0, 200)}`);
      else if (c.expect === 'ownOnly') assert.ok(r.statusCode < 400, `${key} as ${c.who}: ${r.statusCode} ${r.body.slice(0, 200)}`);
      if (c.expect !== 'public' && r.statusCode < 400) {
        for (const s of secretsOfA) assert.ok(!r.body.includes(s), `${key} as ${c.who} shows 甲镇's “${s}”`);
      }
    }
    assert.equal(await stateOfA(), fingerprint, "甲镇's records are unchanged");
  });

  test('the public sees an application only by its tracking code, without personal data', async () => {
    const r = await send('GET', `/api/public/applications/${f.trackingCode}`);
    assert.equal(r.statusCode, 200);
    for (const s of ['甲某', '11010519491231002X', '13812345678', '110105', '5678']) assert.ok(!r.body.includes(s), s);
    const drafts = await send('GET', `/api/public/agencies/${h().seed.townA}/reports/${f.year}`);
    assert.equal(drafts.statusCode, 404, 'an unpublished draft is not public');
  });

  test('a supervisor reads the subtree figures but no applications and changes nothing', async () => {
    assert.equal((await send('GET', `/api/applications/${f.applicationId}`, { who: 'supervisor' })).statusCode, 403);
    assert.equal((await send('GET', `/api/reports/${f.year}/figures?agencyId=${h().seed.townA}`, { who: 'supervisor' })).statusCode, 200);
    const patch = await send('PATCH', `/api/reports/${f.year}/versions/1?agencyId=${h().seed.townA}`, { who: 'supervisor', body: { narratives: { 一: '监督改写' } } });
    assert.equal(patch.statusCode, 403);
    assert.equal(await stateOfA(), fingerprint);
  });
});
