import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnOfHeader } from './ledger-columns.js';
import { parseCsv } from './ledger-csv.js';
import { cellText, excelSerialDate, ledgerChannel, ledgerDate } from './ledger-values.js';

describe('ledger dates', () => {
  it('accepts the ways people and Excel write them', () => {
    const cases: Array<[Parameters<typeof ledgerDate>[0], string]> = [
      ['2024-09-27', '2024-09-27'],
      ['2024/9/27', '2024-09-27'],
      ['2024.9.27', '2024-09-27'],
      ['2024年9月27日', '2024-09-27'],
      ['2024年9月27', '2024-09-27'],
      ['２０２４年９月２７日', '2024-09-27'],
      ['20240927', '2024-09-27'],
      ['2024/9/27 14:05', '2024-09-27'],
      ['2024-09-27T00:00:00', '2024-09-27'],
      ['45562', '2024-09-27'],
      [45562, '2024-09-27'],
      [45562.75, '2024-09-27'],
      [20240927, '2024-09-27'],
      [new Date(Date.UTC(2024, 8, 27)), '2024-09-27'],
    ];
    for (const [value, date] of cases) {
      const r = ledgerDate(value);
      assert.ok(r.ok, `${String(value)}: ${r.ok ? '' : r.why}`);
      assert.equal(r.date, date, String(value));
    }
    assert.equal(excelSerialDate(45292), '2024-01-01');
    assert.equal(excelSerialDate(61), '1900-03-01');
    assert.equal(excelSerialDate(60), null); // Excel's 29 February 1900
    assert.equal(excelSerialDate(44100, true), '2024-09-27'); // 1904 system: 44100 + 1462 = 45562
  });

  it('refuses impossible, year-less and out-of-range dates', () => {
    for (const value of ['2024-02-30', '2023-02-29', '2024-13-01', '9月27日', '09-27', '明天', '1999-12-31', '2024-9', 12, new Date(Number.NaN)]) {
      const r = ledgerDate(value);
      assert.ok(!r.ok, String(value));
      assert.match(r.why, /[\u4e00-\u9fff]/);
    }
    assert.ok(ledgerDate('2024-02-29').ok);
  });
});

describe('ledger cells and columns', () => {
  it('text of cells', () => {
    assert.equal(cellText('  张三 '), '张三');
    assert.equal(cellText(13800000000), '13800000000');
    assert.equal(cellText('="0012345"'), '0012345');
    assert.equal(cellText(null), '');
    assert.equal(cellText(new Date(Date.UTC(2024, 0, 2))), '2024-01-02');
  });

  it('headers by name, synonym, spacing, star or note', () => {
    assert.equal(columnOfHeader('收到日期')?.field, 'receivedOn');
    assert.equal(columnOfHeader('受理日期')?.field, 'receivedOn');
    assert.equal(columnOfHeader(' 收件 日期 *')?.field, 'receivedOn');
    assert.equal(columnOfHeader('办结日期（年-月-日）')?.field, 'concludedOn');
    assert.equal(columnOfHeader('姓名/名称')?.field, 'applicantName');
    assert.equal(columnOfHeader('申请方式')?.field, 'channel');
    assert.equal(columnOfHeader('申请日期'), null); // not the day of receipt: not assumed
    assert.equal(columnOfHeader('序号'), null);
  });

  it('channels named in 申请方式', () => {
    assert.equal(ledgerChannel('政府网站在线申请'), 'online');
    assert.equal(ledgerChannel('电子邮件'), 'email');
    assert.equal(ledgerChannel('EMS邮寄'), 'post');
    assert.equal(ledgerChannel('现场'), 'inPerson');
    assert.equal(ledgerChannel('传真'), 'fax');
    assert.equal(ledgerChannel('其他'), null);
  });
});

describe('CSV', () => {
  it('quotes, doubled quotes, line breaks in fields, CRLF, separators', () => {
    assert.deepEqual(parseCsv('a,"b,c","d ""e"""\r\n"x\ny",2,\n'), [
      ['a', 'b,c', 'd "e"'],
      ['x\ny', '2', ''],
    ]);
    assert.deepEqual(parseCsv('a\tb\n1\t2'), [
      ['a', 'b'],
      ['1', '2'],
    ]);
    assert.deepEqual(parseCsv('a;b;c\n1;2;3\n'), [
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    assert.deepEqual(parseCsv('a,b\n\n1,2'), [['a', 'b'], [''], ['1', '2']]);
  });
});
