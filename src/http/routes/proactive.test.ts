// Proactive disclosure records through the API, on both databases: 甲镇 registers its 行政规范性文件,
// repeals two, enters the year's decisions and fee income, and section 二 of 2024 comes out as counted
// by hand:
//   甲政规〔2023〕1号  issued 2023-05-01                        in force at the end of 2024
//   甲政规〔2023〕2号  issued 2023-08-01, repealed 2024-06-30   repealed in 2024
//   甲政规〔2024〕1号  issued 2024-03-15                        issued in 2024, in force
//   甲政规〔2024〕2号  issued 2024-11-20, repealed 2024-12-31   issued and repealed in 2024, not in force
//   甲政规〔2024〕3号  issued 2024-12-30 (publication unknown)  issued in 2024, in force
//   甲政规〔2025〕1号  issued 2025-01-05                        not in 2024
// → 行政规范性文件: 本年制发 3, 本年废止 2, 现行有效 3; 规章: 0, 0, 0.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onBothEngines } from '../api-testkit.js';

onBothEngines('proactive disclosure records through the API', (h) => {
  const docIds = new Map<string, string>();

  const send = async (login: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    h().api.inject({ method, url, headers: { cookie: await h().cookie(login) }, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const doc = (docNumber: string, issuedOn: string, publishedOn?: string) => ({
    kind: 'normativeDocument',
    title: `关于印发某某管理办法的通知（${docNumber}）`,
    docNumber,
    issuedOn,
    ...(publishedOn ? { publishedOn } : {}),
  });

  test('documents are registered in the register', async () => {
    h().clock.setToday('2025-01-10');
    const docs = [
      doc('甲政规〔2023〕1号', '2023-05-01', '2023-05-10'),
      doc('甲政规〔2023〕2号', '2023-08-01', '2023-08-05'),
      doc('甲政规〔2024〕1号', '2024-03-15', '2024-03-20'),
      doc('甲政规〔2024〕2号', '2024-11-20', '2024-11-25'),
      doc('甲政规〔2024〕3号', '2024-12-30'),
      doc('甲政规〔2025〕1号', '2025-01-05', '2025-01-08'),
    ];
    for (const d of docs) {
      const r = await send('clerkA', 'POST', '/api/proactive/documents', d);
      assert.equal(r.statusCode, 201, r.body);
      assert.equal(r.json().kindLabel, '行政规范性文件');
      assert.equal(r.json().inForce, true);
      docIds.set(d.docNumber, r.json().id);
    }
    const twice = await send('clerkA', 'POST', '/api/proactive/documents', doc('甲政规〔2024〕1号', '2024-03-15'));
    assert.equal(twice.statusCode, 422);
    assert.equal(twice.json().error.code, 'DOC_NUMBER_TAKEN');
    const order = await send('clerkA', 'POST', '/api/proactive/documents', doc('甲政规〔2024〕9号', '2024-03-15', '2024-03-01'));
    assert.equal(order.json().error.code, 'REGISTER_DATE_ORDER');
    const future = await send('clerkA', 'POST', '/api/proactive/documents', doc('甲政规〔2025〕9号', '2025-02-01'));
    assert.equal(future.json().error.code, 'RECORD_DATE_IN_FUTURE');
    const kind = await send('clerkA', 'POST', '/api/proactive/documents', { ...doc('甲政规〔2024〕8号', '2024-03-15'), kind: 'notice' });
    assert.equal(kind.statusCode, 400);
    assert.equal(kind.json().error.code, 'VALIDATION_FAILED');
  });

  test('repeals are recorded once, not before the document was issued', async () => {
    const repeal = (docNumber: string, repealedOn: string) => send('clerkA', 'POST', `/api/proactive/documents/${docIds.get(docNumber)}/repeal`, { repealedOn });
    const early = await repeal('甲政规〔2024〕2号', '2024-11-01');
    assert.equal(early.json().error.code, 'REGISTER_DATE_ORDER');
    const r = await repeal('甲政规〔2023〕2号', '2024-06-30');
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().repealedOn, '2024-06-30');
    assert.equal(r.json().inForce, false);
    assert.equal((await repeal('甲政规〔2024〕2号', '2024-12-31')).statusCode, 200);
    const again = await repeal('甲政规〔2024〕2号', '2025-01-02');
    assert.equal(again.json().error.code, 'REGISTER_ALREADY_REPEALED');
    const inForce = await send('clerkA', 'GET', '/api/proactive/documents?inForceOn=2024-12-31');
    assert.equal(inForce.json().total, 3);
    assert.equal((await send('clerkA', 'GET', '/api/proactive/documents')).json().total, 6);
  });

  test('the cells to enter for 2024 are those of the 2021 format the register does not give', async () => {
    const r = await send('clerkA', 'GET', '/api/proactive/counts/2024');
    assert.equal(r.statusCode, 200, r.body);
    const counts = r.json();
    assert.equal(counts.format, '2021');
    assert.deepEqual(
      counts.cells.map((c: { row: string; column: string }) => `${c.row}.${c.column}`),
      ['licensing.decisions', 'penalties.decisions', 'coercion.decisions', 'fees.amountTenThousandYuan'],
    );
    const fees = counts.cells[3];
    assert.equal(fees.rowLabel, '行政事业性收费');
    assert.equal(fees.columnLabel, '本年收费金额（单位：万元）');
    assert.equal(fees.kind, 'tenThousandYuan');
    assert.ok(counts.cells.every((c: { value: unknown }) => c.value === null));
  });

  test('invalid counts are refused with every problem named, nothing stored', async () => {
    const r = await send('clerkA', 'PUT', '/api/proactive/counts/2024', {
      values: { licensing: { decisions: -1 }, penalties: { decisions: 2.5 }, fees: { amountTenThousandYuan: 1.23456 }, normativeDocuments: { issued: 4 }, procurement: { projects: 1 } },
    });
    assert.equal(r.statusCode, 422, r.body);
    const error = r.json().error;
    assert.equal(error.code, 'PROACTIVE_COUNTS_INVALID');
    assert.match(error.message, /“行政许可”行“本年处理决定数量”列的值“-1”不能为负数/);
    assert.match(error.message, /“行政处罚”行“本年处理决定数量”列的值“2\.5”应为整数/);
    assert.match(error.message, /最多保留4位小数/);
    assert.deepEqual(error.details.map((d: { code: string }) => d.code).sort(), [
      'COUNT_CELL_DERIVED',
      'COUNT_CELL_UNKNOWN',
      'COUNT_VALUE_INVALID',
      'COUNT_VALUE_INVALID',
      'COUNT_VALUE_INVALID',
    ]);
    const text = await send('clerkA', 'PUT', '/api/proactive/counts/2024', { values: { licensing: { decisions: '十二' } } });
    assert.equal(text.statusCode, 400);
    const stored = await send('clerkA', 'GET', '/api/proactive/counts/2024');
    assert.ok(stored.json().cells.every((c: { value: unknown }) => c.value === null));
  });

  test('counts are entered and section 二 of 2024 is computed', async () => {
    const r = await send('clerkA', 'PUT', '/api/proactive/counts/2024', {
      values: { licensing: { decisions: 12 }, penalties: { decisions: 3 }, coercion: { decisions: 0 }, fees: { amountTenThousandYuan: 1.2345 } },
    });
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(
      r.json().cells.map((c: { value: number | null }) => c.value),
      [12, 3, 0, 1.2345],
    );
    const figures = await send('clerkA', 'GET', '/api/proactive/figures/2024');
    assert.equal(figures.statusCode, 200, figures.body);
    assert.equal(figures.json().format, '2021');
    assert.deepEqual(figures.json().proactive, {
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 3, repealed: 2, inForce: 3 },
      licensing: { decisions: 12 },
      penalties: { decisions: 3 },
      coercion: { decisions: 0 },
      fees: { amountTenThousandYuan: 1.2345 },
    });
    // 2023: issued 2, none repealed, both in force; nothing entered.
    const y2023 = (await send('clerkA', 'GET', '/api/proactive/figures/2023')).json().proactive;
    assert.deepEqual(y2023.normativeDocuments, { issued: 2, repealed: 0, inForce: 2 });
    assert.equal(y2023.licensing.decisions, null);
  });

  test('null means not entered: it is never stored as 0', async () => {
    const r = await send('clerkA', 'PUT', '/api/proactive/counts/2023', { values: { licensing: { decisions: null }, penalties: { decisions: 4 } } });
    assert.equal(r.statusCode, 200, r.body);
    const y2023 = (await send('clerkA', 'GET', '/api/proactive/figures/2023')).json().proactive;
    assert.equal(y2023.licensing.decisions, null);
    assert.equal(y2023.penalties.decisions, 4);
  });

  test('a 2019-format year takes signed 本年增/减', async () => {
    const r = await send('clerkA', 'PUT', '/api/proactive/counts/2020', { values: { licensing: { previousItems: 40, change: -3, decisions: 7 } } });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().format, '2019');
    const figures = (await send('clerkA', 'GET', '/api/proactive/figures/2020')).json().proactive;
    assert.deepEqual(figures.licensing, { previousItems: 40, change: -3, decisions: 7 });
    const bad = await send('clerkA', 'PUT', '/api/proactive/counts/2020', { values: { licensing: { previousItems: -1, change: -1.5 } } });
    assert.equal(bad.statusCode, 422);
    assert.equal(bad.json().error.details.length, 2);
  });

  test('another agency sees nothing; a supervisor reads the figures of the subtree only', async () => {
    assert.equal((await send('clerkB', 'GET', '/api/proactive/documents')).json().total, 0);
    const repeal = await send('clerkB', 'POST', `/api/proactive/documents/${docIds.get('甲政规〔2023〕1号')}/repeal`, { repealedOn: '2025-01-02' });
    assert.equal(repeal.statusCode, 404);
    assert.equal((await send('clerkB', 'GET', `/api/proactive/figures/2024?agencyId=${h().seed.townA}`)).statusCode, 404);
    const own = (await send('clerkB', 'GET', '/api/proactive/figures/2024')).json().proactive;
    assert.deepEqual(own.normativeDocuments, { issued: 0, repealed: 0, inForce: 0 });
    const sup = await send('supervisor', 'GET', `/api/proactive/figures/2024?agencyId=${h().seed.townA}`);
    assert.equal(sup.statusCode, 200, sup.body);
    assert.equal(sup.json().proactive.licensing.decisions, 12);
    assert.equal((await send('supervisor', 'GET', `/api/proactive/figures/2024?agencyId=${h().seed.city}`)).statusCode, 404);
    assert.equal((await send('supervisor', 'GET', '/api/proactive/counts/2024')).statusCode, 403);
    const admin = await send('adminA', 'POST', '/api/proactive/documents', doc('甲政规〔2024〕7号', '2024-03-15'));
    assert.equal(admin.statusCode, 403);
    const doc2 = (await h().api.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/proactive/documents', '/api/proactive/documents/{id}/repeal', '/api/proactive/counts/{year}', '/api/proactive/figures/{year}']) {
      assert.ok(doc2.paths[path], path);
    }
  });
});
