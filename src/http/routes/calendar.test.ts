// The working calendar through the API, on both databases. An application handed in on Thursday
// 24 December 2026 is due 20 working days later, in January 2027, a year the official data
// (chinese-days, to 2026) does not cover: counted Monday to Friday, that is 21 January, with a
// BEYOND_CALENDAR warning. Once the administrator enters 2027 as complete with 元旦 (Friday 1 January)
// off, the same application is due 22 January and nothing is warned about.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onBothEngines } from '../api-testkit.js';

onBothEngines('the working calendar through the API', (h) => {
  const send = async (login: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown) =>
    h().api.inject({ method, url, headers: { cookie: await h().cookie(login) }, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const register = async () => {
    const r = await send('clerkA', 'POST', '/api/applications', {
      applicantType: 'naturalPerson',
      applicant: { name: '陈某' },
      content: '2026年本镇河道整治工程的验收报告',
      receipt: { channel: 'inPerson', submittedOn: '2026-12-24' },
    });
    assert.equal(r.statusCode, 201, r.body);
    return r.json();
  };
  const codes = (app: { deadlines: { warnings: { code: string }[] } }) => app.deadlines.warnings.map((w) => w.code);
  const year2027 = { overrides: [{ date: '2027-01-01', working: false, note: '元旦' }], complete: true };

  test('the calendar shows the official range and no overrides', async () => {
    h().clock.setToday('2026-12-24');
    const r = await send('clerkA', 'GET', '/api/calendar');
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(r.json(), { overrides: [], completeYears: [], official: { from: 2004, to: 2026 }, known: { from: 2004, until: 2026 } });
  });

  test('before 2027 is entered, a deadline in January 2027 is warned about', async () => {
    const app = await register();
    assert.equal(app.deadlines.replyDue, '2027-01-21');
    assert.deepEqual(codes(app), ['BEYOND_CALENDAR']);
    assert.match(app.deadlines.warnings[0].message, /2027年/);
  });

  test('only the administrator changes the calendar', async () => {
    const clerk = await send('clerkA', 'PUT', '/api/calendar/2027', year2027);
    assert.equal(clerk.statusCode, 403);
    assert.equal(clerk.json().error.code, 'FORBIDDEN');
    assert.equal((await send('approverA', 'PUT', '/api/calendar/2027', year2027)).statusCode, 403);
    assert.equal((await send('supervisor', 'PUT', '/api/calendar/2027', year2027)).statusCode, 403);
    assert.deepEqual((await send('clerkA', 'GET', '/api/calendar')).json().completeYears, []);
  });

  test('bad overrides are refused and nothing is stored', async () => {
    const twice = await send('adminA', 'PUT', '/api/calendar/2027', { overrides: [...year2027.overrides, { date: '2027-01-01', working: false, note: '元旦' }], complete: true });
    assert.equal(twice.statusCode, 422);
    assert.equal(twice.json().error.code, 'CALENDAR_OVERRIDE_CONFLICT');
    const outside = await send('adminA', 'PUT', '/api/calendar/2027', { overrides: [{ date: '2026-12-31', working: false, note: '元旦' }], complete: true });
    assert.equal(outside.json().error.code, 'CALENDAR_OVERRIDE_INVALID');
    const badDate = await send('adminA', 'PUT', '/api/calendar/2027', { overrides: [{ date: '2027-02-30', working: false, note: '春节' }], complete: true });
    assert.equal(badDate.json().error.code, 'CALENDAR_OVERRIDE_INVALID');
    const noNote = await send('adminA', 'PUT', '/api/calendar/2027', { overrides: [{ date: '2027-01-01', working: false, note: ' ' }], complete: true });
    assert.equal(noNote.statusCode, 400);
    assert.equal(noNote.json().error.code, 'VALIDATION_FAILED');
    assert.deepEqual((await send('adminA', 'GET', '/api/calendar')).json().overrides, []);
  });

  test('once the administrator enters 2027 as complete, the deadline engine no longer warns', async () => {
    const r = await send('adminA', 'PUT', '/api/calendar/2027', year2027);
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(r.json(), {
      overrides: [{ date: '2027-01-01', working: false, note: '元旦' }],
      completeYears: [2027],
      official: { from: 2004, to: 2026 },
      known: { from: 2004, until: 2027 },
    });
    const app = await register();
    assert.equal(app.deadlines.replyDue, '2027-01-22');
    assert.deepEqual(codes(app), []);
  });

  test('a year entered again replaces its days; incomplete again, the warning is back', async () => {
    const r = await send('adminA', 'PUT', '/api/calendar/2027', { overrides: [], complete: false });
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(r.json().overrides, []);
    assert.equal(r.json().known.until, 2026);
    const app = await register();
    assert.equal(app.deadlines.replyDue, '2027-01-21');
    assert.deepEqual(codes(app), ['BEYOND_CALENDAR']);
    const doc = (await h().api.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/calendar', '/api/calendar/{year}']) assert.ok(doc.paths[path], path);
    assert.equal((await h().api.inject({ method: 'GET', url: '/api/calendar' })).statusCode, 401);
  });
});
