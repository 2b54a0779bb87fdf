// 行政复议 and 行政诉讼 through the API, on both databases: 甲镇's clerk registers a review of an
// application, the review is decided (维持), the applicant then sues (复议后起诉), the suit is decided in
// the next year (纠正); lists by year and 尚未审结 follow section 四's counting rule. 乙镇 sees none of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onBothEngines } from '../api-testkit.js';

onBothEngines('appeals through the API', (h) => {
  let applicationId = '';
  let reviewId = '';
  let suitId = '';

  const send = async (login: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    h().api.inject({ method, url, headers: { cookie: await h().cookie(login) }, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const ids = async (login: string, query: string) => {
    const r = await send(login, 'GET', `/api/appeals${query}`);
    assert.equal(r.statusCode, 200, r.body);
    return r.json().items.map((a: { id: string }) => a.id).sort();
  };
  const review = { kind: 'review', caseNumber: '某县政复〔2024〕3号', body: '某县人民政府' };

  test('a review of an application is registered pending (尚未审结)', async () => {
    h().clock.setToday('2024-03-01');
    const app = await send('clerkA', 'POST', '/api/applications', {
      applicantType: 'naturalPerson',
      applicant: { name: '陈某' },
      content: '本镇2023年低保名单',
      receipt: { channel: 'inPerson', submittedOn: '2024-03-01' },
    });
    assert.equal(app.statusCode, 201, app.body);
    applicationId = app.json().id;
    h().clock.setToday('2024-04-10');
    const early = await send('clerkA', 'POST', '/api/appeals', { ...review, filedOn: '2024-02-20', applicationId });
    assert.equal(early.statusCode, 422);
    assert.equal(early.json().error.code, 'APPEAL_DATE_ORDER');
    const future = await send('clerkA', 'POST', '/api/appeals', { ...review, filedOn: '2024-04-11', applicationId });
    assert.equal(future.json().error.code, 'RECORD_DATE_IN_FUTURE');
    const r = await send('clerkA', 'POST', '/api/appeals', { ...review, filedOn: '2024-04-10', applicationId });
    assert.equal(r.statusCode, 201, r.body);
    const a = r.json();
    reviewId = a.id;
    assert.equal(a.kindLabel, '行政复议');
    assert.equal(a.status, 'pending');
    assert.equal(a.statusLabel, '尚未审结');
    assert.equal(a.applicationId, applicationId);
    assert.equal(a.agencyId, h().seed.townA);
  });

  test('a suit cannot follow a review still pending', async () => {
    const r = await send('clerkA', 'POST', '/api/appeals', { kind: 'litigationAfterReview', caseNumber: '（2024）某0102行初5号', body: '某区人民法院', filedOn: '2024-04-10', reviewId });
    assert.equal(r.statusCode, 422);
    assert.equal(r.json().error.code, 'APPEAL_REVIEW_LINK_INVALID');
  });

  test('the review is decided once (维持)', async () => {
    h().clock.setToday('2024-05-20');
    const future = await send('clerkA', 'POST', `/api/appeals/${reviewId}/conclude`, { concludedOn: '2024-05-21', outcome: 'maintained' });
    assert.equal(future.json().error.code, 'RECORD_DATE_IN_FUTURE');
    const stale = await send('clerkA', 'POST', `/api/appeals/${reviewId}/conclude`, { concludedOn: '2024-05-15', outcome: 'maintained', version: 7 });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'VERSION_CONFLICT');
    const r = await send('clerkA', 'POST', `/api/appeals/${reviewId}/conclude`, { concludedOn: '2024-05-15', outcome: 'maintained', version: 1 });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().status, 'maintained');
    assert.equal(r.json().statusLabel, '结果维持');
    assert.equal(r.json().version, 2);
    const twice = await send('approverA', 'POST', `/api/appeals/${reviewId}/conclude`, { concludedOn: '2024-05-16', outcome: 'corrected' });
    assert.equal(twice.statusCode, 422);
    assert.equal(twice.json().error.code, 'APPEAL_ALREADY_CONCLUDED');
  });

  test('litigation after the review: linked, about the same application, filed after the decision', async () => {
    h().clock.setToday('2024-06-03');
    const suit = { kind: 'litigationAfterReview', caseNumber: '（2024）某0102行初5号', body: '某区人民法院', reviewId };
    const before = await send('clerkA', 'POST', '/api/appeals', { ...suit, filedOn: '2024-05-10' });
    assert.equal(before.json().error.code, 'APPEAL_DATE_ORDER');
    const direct = await send('clerkA', 'POST', '/api/appeals', { ...suit, kind: 'litigationDirect', filedOn: '2024-06-01' });
    assert.equal(direct.json().error.code, 'APPEAL_REVIEW_LINK_INVALID');
    const r = await send('clerkA', 'POST', '/api/appeals', { ...suit, filedOn: '2024-06-01' });
    assert.equal(r.statusCode, 201, r.body);
    suitId = r.json().id;
    assert.equal(r.json().kindLabel, '复议后起诉');
    assert.equal(r.json().reviewId, reviewId);
    assert.equal(r.json().applicationId, applicationId, 'the suit is about what the review was about');
    assert.equal(r.json().status, 'pending');
  });

  test('lists: by kind, pending now, and as section 四 of a year counts them', async () => {
    assert.deepEqual(await ids('clerkA', ''), [reviewId, suitId].sort());
    assert.deepEqual(await ids('clerkA', '?kind=review'), [reviewId]);
    assert.deepEqual(await ids('clerkA', '?pending=true'), [suitId]);
    assert.deepEqual(await ids('clerkA', '?pending=false'), [reviewId]);
    assert.deepEqual(await ids('clerkA', '?year=2024&pending=true'), [suitId]);
    assert.deepEqual(await ids('clerkA', '?year=2023'), []);
    assert.deepEqual(await ids('clerkA', `?applicationId=${applicationId}`), [reviewId, suitId].sort());
    // The suit is decided in 2025: pending at the end of 2024, with its outcome in 2025's report.
    h().clock.setToday('2025-02-03');
    const r = await send('clerkA', 'POST', `/api/appeals/${suitId}/conclude`, { concludedOn: '2025-01-20', outcome: 'corrected' });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().statusLabel, '结果纠正');
    assert.deepEqual(await ids('clerkA', '?year=2024&pending=true'), [suitId]);
    assert.deepEqual(await ids('clerkA', '?year=2024'), [reviewId, suitId].sort());
    assert.deepEqual(await ids('clerkA', '?year=2025'), [suitId]);
    assert.deepEqual(await ids('clerkA', '?pending=true'), []);
    const one = await send('clerkA', 'GET', `/api/appeals/${suitId}`);
    assert.equal(one.json().outcome, 'corrected');
    assert.equal(one.json().concludedOn, '2025-01-20');
    // Section 四 of 2024 and 2025 from the same records.
    const counts2024 = await h().office.repos.appeals.countsForYear(h().seed.townA, 2024);
    assert.deepEqual(counts2024.review, { maintained: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    assert.deepEqual(counts2024.litigationAfterReview, { maintained: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    const counts2025 = await h().office.repos.appeals.countsForYear(h().seed.townA, 2025);
    assert.deepEqual(counts2025.litigationAfterReview, { maintained: 0, corrected: 1, other: 0, pending: 0, total: 1 });
    assert.equal(counts2025.review.total, 0);
  });

  test("an appeal naming another agency's application or review is refused as not found", async () => {
    const other = await send('clerkB', 'POST', '/api/applications', {
      applicantType: 'naturalPerson',
      applicant: { name: '刘某' },
      content: '乙镇2024年财政预算',
      receipt: { channel: 'inPerson', submittedOn: '2025-02-03' },
    });
    assert.equal(other.statusCode, 201, other.body);
    const r = await send('clerkA', 'POST', '/api/appeals', { ...review, caseNumber: '某县政复〔2025〕1号', filedOn: '2025-02-03', applicationId: other.json().id });
    assert.equal(r.statusCode, 404);
    assert.equal(r.json().error.code, 'RECORD_NOT_FOUND');
    const viaReview = await send('clerkB', 'POST', '/api/appeals', { kind: 'litigationAfterReview', caseNumber: '（2025）某0102行初1号', body: '某区人民法院', filedOn: '2025-02-03', reviewId });
    assert.equal(viaReview.statusCode, 404);
    assert.deepEqual(await ids('clerkA', '?year=2025'), [suitId]);
    assert.deepEqual(await ids('clerkB', ''), []);
  });

  test("a clerk of 乙镇 can neither read nor conclude 甲镇's appeal", async () => {
    const read = await send('clerkB', 'GET', `/api/appeals/${reviewId}`);
    assert.equal(read.statusCode, 404);
    assert.equal(read.json().error.code, 'RECORD_NOT_FOUND');
    h().clock.setToday('2025-02-04');
    const fresh = await send('clerkA', 'POST', '/api/appeals', { kind: 'litigationDirect', caseNumber: '（2025）某0102行初2号', body: '某区人民法院', filedOn: '2025-02-04' });
    assert.equal(fresh.statusCode, 201, fresh.body);
    const conclude = await send('clerkB', 'POST', `/api/appeals/${fresh.json().id}/conclude`, { concludedOn: '2025-02-04', outcome: 'other' });
    assert.equal(conclude.statusCode, 404);
    const still = await send('clerkA', 'GET', `/api/appeals/${fresh.json().id}`);
    assert.equal(still.json().status, 'pending');
  });

  test('roles: the administrator reads but does not register, a supervisor reads no appeals', async () => {
    assert.equal((await send('adminA', 'GET', '/api/appeals')).statusCode, 200);
    const admin = await send('adminA', 'POST', '/api/appeals', { ...review, caseNumber: 'X-1', filedOn: '2025-02-04' });
    assert.equal(admin.statusCode, 403);
    assert.equal(admin.json().error.code, 'FORBIDDEN');
    assert.equal((await send('supervisor', 'GET', '/api/appeals')).statusCode, 403);
    assert.equal((await h().api.inject({ method: 'GET', url: '/api/appeals' })).statusCode, 401);
  });

  test('bad input: schema errors in Chinese, impossible dates from the domain', async () => {
    const kind = await send('clerkA', 'POST', '/api/appeals', { ...review, kind: 'appeal', filedOn: '2025-02-04' });
    assert.equal(kind.statusCode, 400);
    assert.equal(kind.json().error.code, 'VALIDATION_FAILED');
    assert.match(kind.json().error.message, /kind/);
    const blank = await send('clerkA', 'POST', '/api/appeals', { ...review, caseNumber: '  ', filedOn: '2025-02-04' });
    assert.equal(blank.statusCode, 400);
    const date = await send('clerkA', 'POST', '/api/appeals', { ...review, filedOn: '2024-02-30' });
    assert.equal(date.statusCode, 422);
    assert.equal(date.json().error.code, 'DATE_INVALID');
    const outcome = await send('clerkA', 'POST', `/api/appeals/${reviewId}/conclude`, { concludedOn: '2025-02-04', outcome: 'won' });
    assert.equal(outcome.statusCode, 400);
    const notUuid = await send('clerkA', 'GET', '/api/appeals/123');
    assert.equal(notUuid.statusCode, 400);
    const doc = (await h().api.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/appeals', '/api/appeals/{id}', '/api/appeals/{id}/conclude']) assert.ok(doc.paths[path], path);
  });
});
