// Ledger import from real files written here: UTF-8 CSV with BOM, GBK CSV, XLSX with date cells and
// serial numbers, and files with bad rows. A round trip ledger → figures matches a hand count.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { APPLICANT_COLUMNS } from '../core/formats.js';
import { figuresFromRecords } from '../core/records-report.js';
import { parseLedger, type LedgerResult, type LedgerRow } from './ledger.js';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongkai-ledger-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const HEADER = ['序号', '申请编号', '收件日期', '申请人类型', '申请人姓名', '身份证号', '联系电话', '申请内容', '申请方式', '办理结果', '答复日期'];
// One ledger, three files. Dates in the ways offices write them.
const ROWS: string[][] = [
  ['1', 'YSQ-2023-031', '2023/12/20', '自然人', '张三', '110101199003071234', '13800000001', '道路维修招标文件', '当面提交', '（一）予以公开', '2024年1月5日'],
  ['2', 'YSQ-2024-001', '2024-01-08', '商业企业', '某某建材有限公司', '91110000000000000X', '010-12345678', '企业补贴名单', '网上申请', '部分公开', '2024-01-30'],
  ['3', 'YSQ-2024-002', '2024年3月1日', '自然人', '李四', '', '', '某会议纪要', '信函', '不予公开-国家秘密', '2024/3/20'],
  ['4', 'YSQ-2024-003', '2024.5.6', '法律服务机构', '某某律师事务所', '', '', '土地征收批复', '电子邮件', '信息不存在', '20240528'],
  ['5', 'YSQ-2024-004', '2024-07-01', '个人', '王五', '', '', '不明确的内容', '传真', '（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2024-08-01'],
  ['6', 'YSQ-2024-005', '2024-12-25', '科研机构', '某某研究所', '', '', '水质监测数据', '网上', '', ''],
  ['7', 'YSQ-2024-006', '2024-11-11 09:30', '其他', '某某村民委员会', '', '', '申请内容, 含逗号\n和换行', '当面', '重复申请', '2024-11-12'],
];

function csv(rows: string[][]): string {
  const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

async function roundTrip(name: string, bytes: Uint8Array, year?: number): Promise<LedgerResult> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return parseLedger(new Uint8Array(await readFile(path)), name, year === undefined ? {} : { year });
}

function rows(r: LedgerResult): LedgerRow[] {
  if (!r.ok) assert.fail(r.errors.map((e) => `${e.row} ${e.column} ${e.code} ${e.message}`).join('\n'));
  return r.rows;
}

const summary = (rs: LedgerRow[]) => rs.map((r) => [r.row, r.id, r.receivedOn, r.applicantType, r.outcome, r.concludedOn]);

const TITLE = ['某某镇人民政府2024年政府信息公开申请台账'];
const EXPECTED = [
  [3, 'YSQ-2023-031', '2023-12-20', 'naturalPerson', 'granted', '2024-01-05'],
  [4, 'YSQ-2024-001', '2024-01-08', 'commercial', 'partiallyGranted', '2024-01-30'],
  [5, 'YSQ-2024-002', '2024-03-01', 'naturalPerson', 'deniedStateSecret', '2024-03-20'],
  [6, 'YSQ-2024-003', '2024-05-06', 'legalService', 'unavailableNotHeld', '2024-05-28'],
  [7, 'YSQ-2024-004', '2024-07-01', 'naturalPerson', 'otherNoCorrection', '2024-08-01'],
  [8, 'YSQ-2024-005', '2024-12-25', 'research', null, null],
  [9, 'YSQ-2024-006', '2024-11-11', 'other', 'notProcessedDuplicate', '2024-11-12'],
];

describe('parseLedger: good files', () => {
  it('UTF-8 CSV with BOM, a title row, header synonyms, every date style', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv([TITLE, HEADER, ...ROWS]), 'utf8')]);
    const r = rows(await roundTrip('台账.csv', bytes, 2024));
    assert.deepEqual(summary(r), EXPECTED);
    const first = r[0]!;
    assert.equal(first.applicantName, '张三');
    assert.equal(first.idNumber, '110101199003071234');
    assert.equal(first.channelText, '当面提交');
    assert.equal(first.channel, 'inPerson');
    assert.deepEqual(r.map((x) => x.channel), ['inPerson', 'online', 'post', 'email', 'fax', 'online', 'inPerson']);
    assert.equal(r[6]!.content, '申请内容, 含逗号\n和换行');
  });

  it('GBK CSV without BOM, and tab-separated text', async () => {
    const gbk = iconv.encode(csv([TITLE, HEADER, ...ROWS]), 'gbk');
    assert.ok(!Buffer.from(gbk).toString('utf8').includes('申请编号')); // really not UTF-8
    assert.deepEqual(summary(rows(await roundTrip('台账-gbk.csv', gbk))), EXPECTED);
    const tsv = [HEADER, ...ROWS.slice(0, 2)].map((r) => r.join('\t')).join('\n');
    assert.deepEqual(summary(rows(await roundTrip('台账.txt', Buffer.from(tsv, 'utf8')))).map((x) => x[1]), ['YSQ-2023-031', 'YSQ-2024-001']);
  });

  it('XLSX with date cells, Excel serial numbers, text dates and rich text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('2024年台账');
    ws.addRow(TITLE);
    ws.addRow(HEADER);
    for (const r of ROWS) ws.addRow(r);
    // 收件日期 of the first two as real date cells; 答复日期 of the first as a General-formatted serial.
    ws.getCell('C3').value = new Date(Date.UTC(2023, 11, 20));
    ws.getCell('C3').numFmt = 'yyyy-mm-dd';
    ws.getCell('C4').value = new Date(Date.UTC(2024, 0, 8));
    ws.getCell('C4').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('K3').value = 45296; // 2024-01-05
    ws.getCell('D4').value = { richText: [{ text: '商业' }, { text: '企业', font: { bold: true } }] };
    ws.getCell('A3').value = 1;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = rows(await roundTrip('台账.xlsx', bytes));
    assert.deepEqual(summary(r), EXPECTED);
  });

  it('round trip: ledger → figures matches the hand count for 2024', async () => {
    const r = rows(await roundTrip('round.csv', Buffer.from(csv([HEADER, ...ROWS]), 'utf8')));
    const f = figuresFromRecords({ agency: '某某镇人民政府', year: 2024, applications: r, appeals: [], register: [], counts: null });
    assert.ok(f.ok);
    const a = f.figures.applications;
    const c = (row: string) => APPLICANT_COLUMNS.map((col) => a[row]?.[col.key]);
    //                                   自然人 商业 科研 公益 法律 其他 总计
    assert.deepEqual(c('newReceived'), [2, 1, 1, 0, 1, 1, 6]); // 李四 王五 | 建材 | 研究所 | 律所 | 村委会
    assert.deepEqual(c('carriedOver'), [1, 0, 0, 0, 0, 0, 1]); // 张三 (2023-12-20)
    assert.deepEqual(c('granted'), [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(c('partiallyGranted'), [0, 1, 0, 0, 0, 0, 1]);
    assert.deepEqual(c('deniedStateSecret'), [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(c('unavailableNotHeld'), [0, 0, 0, 0, 1, 0, 1]);
    assert.deepEqual(c('otherNoCorrection'), [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(c('notProcessedDuplicate'), [0, 0, 0, 0, 0, 1, 1]);
    assert.deepEqual(c('resultsTotal'), [3, 1, 0, 0, 1, 1, 6]);
    assert.deepEqual(c('carriedForward'), [0, 0, 1, 0, 0, 0, 1]);
  });
});

const BAD_HEADER = ['申请编号', '收到日期', '申请人类型', '办理结果', '办结日期'];
const BAD: string[][] = [
  ['A1', '2024-02-30', '自然人', '予以公开', '2024-03-01'], // row 2: impossible date
  ['A2', '2024-03-01', '企业', '予以公开', '2024-03-05'], // row 3: unknown applicant type
  ['A3', '2024-03-01', '自然人', '同意了', '2024-03-05'], // row 4: unknown outcome
  ['A4', '2024-03-10', '自然人', '予以公开', '2024-03-01'], // row 5: concluded before received
  ['A1', '2024-03-10', '自然人', '予以公开', '2024-03-11'], // row 6: duplicate 申请编号
  ['A6', '2024-03-10', '自然人', '不予公开', '2024-03-11'], // row 7: which 不予公开?
  ['A7', '2024-03-10', '自然人', '其他处理', '2024-03-11'], // row 8: 2021 format needs the sub-row
  ['A8', '2024-03-10', '自然人', '予以公开', ''], // row 9: outcome without conclusion date
  ['A9', '2024-03-10', '自然人', '', '2024-03-11'], // row 10: conclusion date without outcome
  ['', '2024-03-10', '自然人', '', ''], // row 11: no 申请编号
  ['A11', '9月27日', '自然人', '', ''], // row 12: no year
  ['A12', '2024-03-10', '自然人', '予以公开', '2024-03-11'], // row 13: good
  ['', '', '', '', ''], // row 14: blank, skipped
  ['A14', '2025-01-03', '科研机构', '', ''], // row 15: after the ledger's year
];

describe('parseLedger: bad files', () => {
  it('lists every bad row with its row number, column and code, and imports nothing', async () => {
    const r = await roundTrip('bad.csv', Buffer.from(csv([BAD_HEADER, ...BAD]), 'utf8'), 2024);
    assert.ok(!r.ok);
    assert.deepEqual(
      r.errors.map((e) => [e.row, e.column, e.code]),
      [
        [2, '收到日期', 'LEDGER_DATE_INVALID'],
        [3, '申请人类型', 'LEDGER_APPLICANT_TYPE_UNKNOWN'],
        [4, '办理结果', 'OUTCOME_WORDING_UNKNOWN'],
        [5, '办结日期', 'LEDGER_CONCLUDED_BEFORE_RECEIVED'],
        [6, '申请编号', 'LEDGER_ID_DUPLICATE'],
        [7, '办理结果', 'OUTCOME_WORDING_AMBIGUOUS'],
        [8, '办理结果', 'LEDGER_OUTCOME_NOT_IN_FORMAT'],
        [9, '办结日期', 'LEDGER_VALUE_MISSING'],
        [10, '办理结果', 'LEDGER_VALUE_MISSING'],
        [11, '申请编号', 'LEDGER_VALUE_MISSING'],
        [12, '收到日期', 'LEDGER_DATE_INVALID'],
        [15, '收到日期', 'LEDGER_RECEIVED_AFTER_YEAR'],
      ],
    );
    for (const e of r.errors) assert.match(e.message, /[\u4e00-\u9fff]/);
    assert.match(r.errors[4]!.message, /与第2行重复/);
    assert.match(r.errors[0]!.message, /第2行“收到日期”：“2024-02-30”不是有效日期/);
  });

  it('XLSX: bad rows by spreadsheet row number, including an ID number stored as a number', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow([...BAD_HEADER, '证件号码']);
    ws.addRow(['B1', new Date(Date.UTC(2024, 2, 10)), '自然人', '予以公开', 45361, '']); // 45361 = 2024-03-10: fine
    ws.addRow(['B2', 45362, '单位', '予以公开', 45361, '']); // unknown type; concluded (3/10) before received (3/11)
    ws.addRow(['B3', 45362, '自然人', '（四）1.属于国家秘密', 45363, 110101199003071234]); // numbering contradicts; ID lost digits
    const r = await roundTrip('bad.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    assert.ok(!r.ok);
    assert.deepEqual(
      r.errors.map((e) => [e.row, e.column, e.code]),
      [
        [3, '申请人类型', 'LEDGER_APPLICANT_TYPE_UNKNOWN'],
        [3, '办结日期', 'LEDGER_CONCLUDED_BEFORE_RECEIVED'],
        [4, '办理结果', 'OUTCOME_WORDING_INCONSISTENT'],
        [4, '证件号码', 'LEDGER_VALUE_INVALID'],
      ],
    );
  });

  it('missing and duplicate columns, no header, wrong kinds of file', async () => {
    const missing = await roundTrip('missing.csv', Buffer.from(csv([['申请编号', '收到日期', '办理结果'], ['A1', '2024-01-02', '予以公开']]), 'utf8'));
    assert.ok(!missing.ok);
    assert.deepEqual(missing.errors.map((e) => [e.row, e.column, e.code]), [[1, '申请人类型', 'LEDGER_COLUMN_MISSING'], [1, '办结日期', 'LEDGER_COLUMN_MISSING']]);
    const dup = await roundTrip('dup.csv', Buffer.from(csv([[...BAD_HEADER, '受理日期'], ['A1', '2024-01-02', '自然人', '', '', '2024-01-02']]), 'utf8'));
    assert.ok(!dup.ok);
    assert.deepEqual(dup.errors.map((e) => [e.column, e.code]), [['受理日期', 'LEDGER_COLUMN_DUPLICATE']]);
    const none = await roundTrip('none.csv', Buffer.from('甲,乙,丙\n1,2,3\n', 'utf8'));
    assert.ok(!none.ok && none.errors[0]?.code === 'LEDGER_NO_HEADER' && none.errors[0].row === null);
    const empty = await roundTrip('empty.csv', Buffer.from(csv([BAD_HEADER]), 'utf8'));
    assert.ok(!empty.ok && empty.errors[0]?.code === 'LEDGER_EMPTY');
    const xls = await roundTrip('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    assert.ok(!xls.ok && xls.errors[0]?.code === 'LEDGER_FORMAT_UNSUPPORTED');
    const fake = await roundTrip('fake.xlsx', Buffer.from(csv([BAD_HEADER]), 'utf8'));
    assert.ok(!fake.ok && fake.errors[0]?.code === 'LEDGER_FORMAT_UNSUPPORTED');
    const broken = await roundTrip('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]));
    assert.ok(!broken.ok && broken.errors[0]?.code === 'LEDGER_UNREADABLE');
    const nothing = await roundTrip('nothing.csv', new Uint8Array());
    assert.ok(!nothing.ok && nothing.errors[0]?.code === 'INPUT_EMPTY');
    const year = await parseLedger(Buffer.from(csv([BAD_HEADER])), 'x.csv', { year: 24 });
    assert.ok(!year.ok && year.errors[0]?.code === 'LEDGER_YEAR_INVALID');
  });
});
