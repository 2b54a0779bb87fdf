// The office's commands as a user runs them (built bin, a real data folder): agencies, the first
// administrator, a ledger import (preview, import, refused re-import, bad rows) and the year's
// figures in the contract's shape. Runs from dist: `npm test` builds first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT } from '../testkit/fixtures.js';
import { LEDGER_2024, LEDGER_ROWS, applicantCells, ledgerCsv, ledgerCsvGbk, zeroRow } from '../testkit/ledger-fixture.js';
import { contractErrors } from '../testkit/schema.js';

const BIN = join(REPO_ROOT, 'bin', 'gongkai.js');
const tmp = mkdtempSync(join(tmpdir(), 'gongkai-office-cli-'));
const DATA = join(tmp, 'data');
const TOWN = '某某镇人民政府';

// The embedded database in DATA, whatever the environment says.
const env = { ...process.env };
delete env['DATABASE_URL'];

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, '--data', DATA, ...args], { encoding: 'utf8', timeout: 120_000, env, ...(input !== undefined ? { input } : {}) });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, bytes: Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
}

describe('gongkai import ledger / report figures / user add / agency add', () => {
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('makes agencies in a hierarchy', () => {
    const county = run(['agency', 'add', '某县人民政府']);
    assert.equal(county.code, 0, county.err);
    assert.match(county.out, /已新建机关“某县人民政府”（县级，顶层）/);
    const town = run(['agency', 'add', TOWN, '--parent', '某县人民政府']);
    assert.equal(town.code, 0, town.err);
    assert.match(town.out, /乡镇级，上级：某县人民政府/);
    const orphan = run(['agency', 'add', '丙镇人民政府', '--parent', '某市人民政府']);
    assert.equal(orphan.code, 2);
    assert.match(orphan.err, /上级机关“某市人民政府”不存在/);
  });

  it('previews, imports, and refuses the same ledger again', () => {
    const ledger = file('台账.csv', ledgerCsv());
    const preview = run(['import', 'ledger', ledger, '--agency', TOWN, '--dry-run']);
    assert.equal(preview.code, 0, preview.err);
    assert.match(preview.out, /预览（未写入）：“台账.csv”共 31 条申请/);
    assert.match(preview.out, /2024年：收到 26 条，办结 24 条/);

    const imported = run(['import', 'ledger', ledger, '--agency', TOWN]);
    assert.equal(imported.code, 0, imported.err);
    assert.match(imported.out, /已导入 31 条申请到“某某镇人民政府”/);

    const again = run(['import', 'ledger', ledger, '--agency', TOWN]);
    assert.equal(again.code, 2);
    assert.match(again.err, /台账有 31 处问题，未导入任何数据/);
    assert.match(again.err, /LEDGER_REFERENCE_TAKEN\s+第2行“申请编号”/);
  });

  it('lists bad rows of a GBK ledger with their numbers, imports nothing and makes no agency', () => {
    const rows = LEDGER_ROWS.map((r) => [...r]);
    rows[9]![2] = '2024-02-30'; // row 11
    rows[20]![9] = '同意了'; // row 22
    const bad = run(['import', 'ledger', file('坏台账.csv', ledgerCsvGbk(rows)), '--agency', '乙镇人民政府']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /台账有 2 处问题/);
    assert.match(bad.err, /LEDGER_DATE_INVALID\s+第11行“收到日期”：“2024-02-30”/);
    assert.match(bad.err, /OUTCOME_WORDING_UNKNOWN\s+第22行“办理结果”/);
    const none = run(['report', 'figures', '--agency', '乙镇人民政府', '--year', '2024']);
    assert.equal(none.code, 2);
    assert.match(none.err, /没有名为“乙镇人民政府”的机关/);
  });

  it('prints the 2024 figures in the contract shape, matching the hand count', () => {
    const r = run(['report', 'figures', '--agency', TOWN, '--year', '2024', '--json']);
    assert.equal(r.code, 0, r.err);
    const figures = JSON.parse(r.out) as { agency: string; year: number; format: string; applications: Record<string, Record<string, number | null>> };
    assert.equal(contractErrors(figures), null);
    assert.deepEqual([figures.agency, figures.year, figures.format], [TOWN, 2024, '2021']);
    for (const [row, cells] of Object.entries(figures.applications)) assert.deepEqual(applicantCells(cells), [...(LEDGER_2024[row] ?? zeroRow())], row);

    const text = run(['report', 'figures', '--agency', TOWN, '--year', '2024']);
    assert.equal(text.code, 0, text.err);
    assert.match(text.out, /三、收到和处理政府信息公开申请情况/);
    assert.match(text.out, /勾稽关系：第一项 26 ＋ 第二项 3 ＝ 29；第三项 24 ＋ 第四项 5 ＝ 29，一致/);
  });

  it('makes the first administrator with the password from stdin', () => {
    const made = run(['user', 'add', '--agency', '某县人民政府', '--login', 'admin', '--role', 'administrator', '--name', '管理员', '--password-stdin'], 'Very-secret-9\n');
    assert.equal(made.code, 0, made.err);
    assert.match(made.out, /已创建用户 admin（管理员，系统管理员，某县人民政府）/);
    const noPassword = run(['user', 'add', '--agency', '某县人民政府', '--login', 'admin2', '--role', 'clerk']);
    assert.equal(noPassword.code, 2);
    assert.match(noPassword.err, /--password-stdin/);
    const taken = run(['user', 'add', '--agency', '某县人民政府', '--login', 'admin', '--role', 'clerk', '--password-stdin'], 'Very-secret-9');
    assert.equal(taken.code, 2);
    assert.match(taken.err, /LOGIN_TAKEN/);
  });
});
