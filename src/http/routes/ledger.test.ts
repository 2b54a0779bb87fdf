// POST /api/ledger on both databases: the raw file as the body, a preview, an import, a refused
// re-import and bad rows with their row numbers (422), one town's import never touching another's
// records, and the roles that may not import.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LEDGER_ROWS, ledgerCsv, ledgerXlsx } from '../../testkit/ledger-fixture.js';
import { MAX_INPUT_BYTES } from '../../reader/decode.js';
import { onBothEngines } from '../api-testkit.js';

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

onBothEngines(
  'ledger import through the API',
  (h) => {
    const upload = async (login: string | null, query: string, body: Uint8Array | string, type = CSV) =>
      h().api.inject({
        method: 'POST',
        url: `/api/ledger?${query}`,
        payload: typeof body === 'string' ? body : Buffer.from(body),
        headers: { 'content-type': type, ...(login ? { cookie: await h().cookie(login) } : {}) },
      });
    const total = async (login: string) => {
      const r = await h().api.inject({ method: 'GET', url: '/api/applications?limit=1', headers: { cookie: await h().cookie(login) } });
      assert.equal(r.statusCode, 200, r.body);
      return r.json().total as number;
    };

    test('a dry run answers the preview and writes nothing', async () => {
      const r = await upload('clerkA', 'filename=台账.csv&dryRun=true', ledgerCsv());
      assert.equal(r.statusCode, 200, r.body);
      const s = r.json();
      assert.deepEqual([s.dryRun, s.imported, s.rows, s.agencyName, s.errors], [true, 0, 31, '甲镇人民政府', []]);
      assert.equal(s.byYear.find((y: { year: number }) => y.year === 2024).received, 26);
      assert.equal(await total('clerkA'), 0);
    });

    test('a clerk imports the ledger into their agency; the same file again is refused with row numbers', async () => {
      const r = await upload('clerkA', `filename=${encodeURIComponent('台账.csv')}`, ledgerCsv());
      assert.equal(r.statusCode, 201, r.body);
      assert.equal(r.json().imported, 31);
      assert.equal(await total('clerkA'), 31);
      const list = await h().api.inject({ method: 'GET', url: '/api/applications?text=L-2023-101', headers: { cookie: await h().cookie('clerkA') } });
      const [item] = list.json().items;
      assert.deepEqual([item.source, item.referenceNumber, item.applicant.idNumber, item.applicant.phone], ['imported', 'L-2023-101', '110105********002X', '138****5678']);

      const again = await upload('approverA', 'filename=台账.csv', ledgerCsv());
      assert.equal(again.statusCode, 422, again.body);
      const { error } = again.json();
      assert.equal(error.code, 'LEDGER_INVALID');
      assert.equal(error.details.length, 31);
      assert.deepEqual(Object.keys(error.details[0]).sort(), ['code', 'column', 'message', 'row']);
      assert.deepEqual([error.details[0].row, error.details[0].column, error.details[0].code], [2, '申请编号', 'LEDGER_REFERENCE_TAKEN']);
      assert.equal(await total('clerkA'), 31);
    });

    test('乙镇 imports its own ledger with the same 申请编号 and cannot touch 甲镇', async () => {
      const wrong = await upload('clerkB', `filename=台账.csv&agencyId=${h().seed.townA}`, ledgerCsv());
      assert.equal(wrong.statusCode, 404, wrong.body);
      assert.equal(wrong.json().error.code, 'RECORD_NOT_FOUND');
      const peek = await upload('clerkB', `filename=台账.csv&dryRun=true&agencyId=${h().seed.townA}`, ledgerCsv());
      assert.equal(peek.statusCode, 404, 'no preview of another agency (its 申请编号 stay private)');

      const r = await upload('clerkB', 'filename=台账.xlsx', await ledgerXlsx(), XLSX);
      assert.equal(r.statusCode, 201, r.body);
      assert.equal(r.json().agencyName, '乙镇人民政府');
      assert.equal(await total('clerkB'), 31);
      assert.equal(await total('clerkA'), 31, '甲镇 unchanged');
      const a = await h().office.repos.applications.list([h().seed.townA], { text: 'L-2024-001' });
      assert.equal(a.length, 1);
      assert.deepEqual(a[0]!.details, { ledger: { file: '台账.csv', row: 6 } }, '甲镇 still has its own row');
    });

    test('bad rows: 422 with each row, column, code and message; nothing imported', async () => {
      const rows = LEDGER_ROWS.map((r) => [...r.slice(0, 1), `X-${r[1]}`, ...r.slice(2)]);
      rows[3]![9] = '同意了'; // row 5
      rows[20]![10] = '2024-02-30'; // row 22
      const r = await upload('approverB', 'filename=bad.csv', ledgerCsv(rows));
      assert.equal(r.statusCode, 422, r.body);
      const { error } = r.json();
      assert.equal(error.code, 'LEDGER_INVALID');
      assert.deepEqual(
        error.details.map((d: { row: number; column: string; code: string }) => [d.row, d.column, d.code]),
        [
          [5, '办理结果', 'OUTCOME_WORDING_UNKNOWN'],
          [22, '办结日期', 'LEDGER_DATE_INVALID'],
        ],
      );
      assert.match(error.details[1].message, /第22行/);
      assert.equal(await total('clerkB'), 31);
    });

    test('who may import: signed-in staff who handle applications', async () => {
      const anonymous = await upload(null, 'filename=台账.csv', ledgerCsv());
      assert.equal(anonymous.statusCode, 401);
      const supervisor = await upload('supervisor', 'filename=台账.csv&dryRun=true', ledgerCsv());
      assert.equal(supervisor.statusCode, 403, supervisor.body);
      assert.equal(supervisor.json().error.code, 'FORBIDDEN');
      const admin = await upload('adminA', 'filename=台账.csv&dryRun=true', ledgerCsv());
      assert.equal(admin.statusCode, 403);
    });

    test('bodies: octet-stream accepted, JSON refused (415), over 20 MB refused (413), a PDF explained', async () => {
      const octet = await upload('clerkA', 'filename=台账.csv&dryRun=true', ledgerCsv(), 'application/octet-stream');
      assert.equal(octet.statusCode, 200, octet.body);
      const json = await upload('clerkA', 'filename=a.json', JSON.stringify({ rows: [] }), 'application/json');
      assert.equal(json.statusCode, 415, json.body);
      assert.equal(json.json().error.code, 'MEDIA_TYPE_UNSUPPORTED');
      const big = await upload('clerkA', 'filename=big.csv', new Uint8Array(MAX_INPUT_BYTES + 1), 'application/octet-stream');
      assert.equal(big.statusCode, 413, big.body);
      assert.equal(big.json().error.code, 'PAYLOAD_TOO_LARGE');
      const pdf = await upload('clerkA', 'filename=台账.pdf', '%PDF-1.7\n', 'application/octet-stream');
      assert.equal(pdf.statusCode, 422);
      assert.equal(pdf.json().error.details[0].code, 'LEDGER_FORMAT_UNSUPPORTED');
      const query = await upload('clerkA', 'filename=台账.csv&dryRun=maybe', ledgerCsv());
      assert.equal(query.statusCode, 400);
      const openapi = await h().api.inject({ method: 'GET', url: '/api/openapi.json' });
      assert.ok(openapi.json().paths['/api/ledger'].post, 'documented');
    });
  },
  { today: '2025-03-03' },
);
