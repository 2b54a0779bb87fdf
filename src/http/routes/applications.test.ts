// The life of applications driven through the API, on both databases: the public applies online and
// follows by tracking code; a clerk registers a letter handed in before National Day 2024, asks for a
// correction, receives it, requests an extension that the approver grants, decides, delivers, closes.
// Dates checked by hand on the 2024 arrangement (国办发明电〔2023〕7号: 10月1日至7日放假，9月29日（星期日）、
// 10月12日（星期六）上班).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onBothEngines } from '../api-testkit.js';

const ID = '11010519491231002X';
const PHONE = '13812345678';

onBothEngines('applications through the API', (h) => {
  let appId = '';
  let version = 0;

  const post = async (login: string, url: string, payload: unknown) =>
    h().api.inject({ method: 'POST', url, payload: payload as object, headers: { cookie: await h().cookie(login) } });
  const get = async (login: string, url: string) => h().api.inject({ method: 'GET', url, headers: { cookie: await h().cookie(login) } });
  const step = async (login: string, event: Record<string, unknown>, status = 200) => {
    const r = await post(login, `/api/applications/${appId}/events`, { version, event });
    assert.equal(r.statusCode, status, r.body);
    if (status === 200) version = r.json().application.version;
    return r.json();
  };

  test('the public applies online and follows the application by tracking code', async () => {
    h().clock.setToday('2024-09-02');
    const r = await h().api.inject({
      method: 'POST',
      url: `/api/public/agencies/${h().seed.townA}/applications`,
      payload: { applicantType: 'naturalPerson', applicant: { name: '陈某', idNumber: ID, phone: PHONE }, content: '2024年本镇道路改造工程的招标文件' },
    });
    assert.equal(r.statusCode, 201, r.body);
    const { trackingCode, receivedOn, due } = r.json();
    assert.equal(receivedOn, '2024-09-02');
    // 20 working days from 3 September: Mid-Autumn (15–17 September off, 14 September a working Saturday).
    assert.equal(due, '2024-09-30');
    const status = await h().api.inject({ method: 'GET', url: `/api/public/applications/${trackingCode}` });
    assert.equal(status.statusCode, 200);
    assert.equal(status.json().stateLabel, '办理中');
    assert.equal(status.json().agencyName, '甲镇人民政府');
    assert.ok(!status.body.includes('陈某') && !status.body.includes(PHONE), 'no personal data by tracking code');
    const unknown = await h().api.inject({ method: 'GET', url: '/api/public/applications/ABCDEFGHJKLMN' });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.code, 'TRACKING_CODE_UNKNOWN');
  });

  test('a clerk registers a letter handed in on 27 September 2024', async () => {
    h().clock.setToday('2024-09-27');
    const r = await post('clerkA', '/api/applications', {
      applicantType: 'commercial',
      applicant: { name: '某某科技有限公司', idType: 'creditCode', idNumber: '91350100M000100Y43', phone: '0591-12345678', address: '某市某路1号' },
      content: '某项目环境影响评价批复',
      receipt: { channel: 'inPerson', submittedOn: '2024-09-27' },
      referenceNumber: '2024-015',
    });
    assert.equal(r.statusCode, 201, r.body);
    const app = r.json();
    appId = app.id;
    version = app.version;
    assert.equal(app.deadlines.replyDue, '2024-10-30');
    assert.equal(app.applicant.phone, '*********5678');
    assert.equal(app.reply.workingDaysLeft, 20);
  });

  test('correction restarts the clock; the extension needs the approver', async () => {
    h().clock.setToday('2024-10-09');
    await step('clerkA', { type: 'requestCorrection', on: '2024-09-30', items: '请明确项目名称', respondBy: '2024-10-15' });
    const corrected = await step('clerkA', { type: 'receiveCorrection', on: '2024-10-09' });
    assert.equal(corrected.application.deadlines.replyDue, '2024-11-05');
    h().clock.setToday('2024-10-28');
    await step('clerkA', { type: 'requestExtension', on: '2024-10-28', workingDays: 20, reason: '需要调取档案' });
    const refused = await step('clerkA', { type: 'approveExtension', on: '2024-10-28' }, 403);
    assert.equal(refused.error.code, 'FORBIDDEN');
    const approved = await step('approverA', { type: 'approveExtension', on: '2024-10-28' });
    assert.equal(approved.application.state, 'extended');
    assert.equal(approved.application.deadlines.extendedDue, '2024-12-03');
    assert.ok(approved.letters.some((l: { letter: string }) => l.letter === 'extensionNotice'));
  });

  test('a stale version is refused with VERSION_CONFLICT', async () => {
    const r = await post('clerkA', `/api/applications/${appId}/events`, { version: version - 1, event: { type: 'deliver', on: '2024-10-28' } });
    assert.equal(r.statusCode, 409);
    assert.equal(r.json().error.code, 'VERSION_CONFLICT');
  });

  test('decision, delivery, closing, and the history with who and when', async () => {
    h().clock.setToday('2024-11-20');
    const decided = await step('clerkA', { type: 'decide', on: '2024-11-20', outcome: 'partiallyGranted' });
    assert.match(decided.application.outcomeLabel, /部分公开/);
    assert.equal(decided.application.concludedOn, '2024-11-20');
    await step('clerkA', { type: 'deliver', on: '2024-11-20', method: '邮寄' });
    await step('clerkA', { type: 'close', on: '2024-11-20' });
    const closedAgain = await step('clerkA', { type: 'close', on: '2024-11-20' }, 422);
    assert.equal(closedAgain.error.code, 'APPLICATION_CLOSED');
    const history = (await get('clerkA', `/api/applications/${appId}/history`)).json();
    assert.deepEqual(
      history.map((e: { kind: string }) => e.kind),
      ['register', 'requestCorrection', 'receiveCorrection', 'requestExtension', 'approveExtension', 'decide', 'deliver', 'close'],
    );
    assert.equal(history.find((e: { kind: string }) => e.kind === 'approveExtension').actorName, '李审核');
  });

  test('lists filter by state and mask personal numbers', async () => {
    const r = await get('clerkA', '/api/applications?state=closed');
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().total, 1);
    const all = await get('clerkA', '/api/applications');
    assert.equal(all.json().total, 2);
    assert.ok(!all.body.includes(ID) && !all.body.includes(PHONE));
    assert.ok(all.body.includes('110105********002X'));
  });

  test('personal numbers are encrypted at rest, and absent from details and history', async () => {
    const rows = await h().db.query<{ cipher: Uint8Array; details: unknown }>('SELECT applicant_id_number_cipher AS cipher, details FROM applications');
    for (const row of rows.rows) {
      assert.ok(!Buffer.from(row.cipher).toString('latin1').includes(ID.slice(0, 10)));
      assert.ok(!JSON.stringify(row.details).includes(ID));
    }
    const events = await h().db.query<{ payload: unknown }>('SELECT payload FROM application_events');
    assert.ok(events.rows.every((e) => !JSON.stringify(e.payload).includes(ID) && !JSON.stringify(e.payload).includes(PHONE)));
  });

  test('another agency sees nothing, a supervisor reads no applications', async () => {
    assert.equal((await get('clerkB', `/api/applications/${appId}`)).statusCode, 404);
    assert.equal((await get('clerkB', '/api/applications')).json().total, 0);
    const step2 = await post('clerkB', `/api/applications/${appId}/events`, { version, event: { type: 'close', on: '2024-11-20' } });
    assert.equal(step2.statusCode, 404);
    assert.equal((await get('supervisor', '/api/applications')).statusCode, 403);
  });

  test('bad input gets a clear Chinese error with a stable code', async () => {
    const cookie = await h().cookie('clerkA');
    const noName = await h().api.inject({ method: 'POST', url: '/api/applications', headers: { cookie }, payload: { applicantType: 'naturalPerson', applicant: {}, content: 'x', receipt: { channel: 'inPerson', submittedOn: '2024-11-20' } } });
    assert.equal(noName.statusCode, 400);
    assert.equal(noName.json().error.code, 'VALIDATION_FAILED');
    assert.match(noName.json().error.message, /name/);
    assert.match(noName.json().error.message, /[\u4e00-\u9fff]/);
    const control = await h().api.inject({ method: 'POST', url: '/api/applications', headers: { cookie }, payload: { applicantType: 'naturalPerson', applicant: { name: '某\u0007' }, content: '   ', receipt: { channel: 'inPerson', submittedOn: '2024-11-20' } } });
    assert.equal(control.statusCode, 400, 'control characters and blank text are refused');
    assert.match(control.json().error.message, /applicant\.name.*格式不正确/);
    assert.match(control.json().error.message, /content/);
    const badJson = await h().api.inject({ method: 'POST', url: '/api/applications', headers: { cookie, 'content-type': 'application/json' }, payload: '{"applicantType":' });
    assert.equal(badJson.statusCode, 400);
    assert.equal(badJson.json().error.code, 'BODY_INVALID');
    const badId = await h().api.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie },
      payload: { applicantType: 'naturalPerson', applicant: { name: '某', idNumber: '110105194912310021' }, content: 'x', receipt: { channel: 'inPerson', submittedOn: '2024-11-20' } },
    });
    assert.equal(badId.statusCode, 422);
    assert.equal(badId.json().error.code, 'ID_NUMBER_INVALID');
    const future = await h().api.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie },
      payload: { applicantType: 'naturalPerson', applicant: { name: '某' }, content: 'x', receipt: { channel: 'inPerson', submittedOn: '2030-01-02' } },
    });
    assert.equal(future.json().error.code, 'RECEIVED_IN_FUTURE');
    const anonymous = await h().api.inject({ method: 'GET', url: '/api/applications' });
    assert.equal(anonymous.statusCode, 401);
    assert.equal(anonymous.json().error.code, 'UNAUTHENTICATED');
    const nowhere = await h().api.inject({ method: 'GET', url: '/api/nowhere' });
    assert.equal(nowhere.json().error.code, 'ROUTE_NOT_FOUND');
    const wrongPassword = await h().api.inject({ method: 'POST', url: '/api/session', payload: { login: 'clerkA', password: 'wrong-password' } });
    assert.equal(wrongPassword.statusCode, 401);
    assert.equal(wrongPassword.json().error.code, 'LOGIN_FAILED');
  });

  test('the OpenAPI document lists the endpoints', async () => {
    const r = await h().api.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(r.statusCode, 200);
    const doc = r.json();
    assert.equal(doc.openapi, '3.1.0');
    for (const path of ['/api/session', '/api/applications', '/api/applications/{id}/events', '/api/public/applications/{trackingCode}']) assert.ok(doc.paths[path], path);
  });
});
