import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enterableCells } from './figures.js';
import { registerEntryProblems, repealEntry, tallyRegister, type RegisterEntry } from './register.js';

const entry: RegisterEntry = { id: 'G1', kind: 'normativeDocument', title: '某某县行政规范性文件管理办法', documentNumber: '某政规〔2023〕1号', issuedOn: '2023-03-01', repealedOn: null };

describe('the register of 规章 and 行政规范性文件', () => {
  it('repeals once, never before issue', () => {
    const r = repealEntry(entry, '2024-06-30');
    assert.ok(r.ok);
    assert.equal(r.entry.repealedOn, '2024-06-30');
    const again = repealEntry(r.entry, '2024-07-01');
    assert.ok(!again.ok && again.code === 'REGISTER_ALREADY_REPEALED');
    const early = repealEntry(entry, '2023-02-01');
    assert.ok(!early.ok && early.code === 'REGISTER_DATE_ORDER');
  });

  it('reports every problem of an entry', () => {
    assert.deepEqual(registerEntryProblems(entry), []);
    const bad = registerEntryProblems({ ...entry, kind: 'notice' as never, title: '', issuedOn: '2023-02-30' });
    assert.deepEqual(bad.map((e) => e.code), ['REGISTER_KIND_INVALID', 'REGISTER_FIELD_MISSING', 'DATE_INVALID']);
    assert.deepEqual(registerEntryProblems({ ...entry, publishedOn: '2023-02-01' }).map((e) => e.code), ['REGISTER_DATE_ORDER']);
  });

  it('in force at the year end: issued by 31 December and not repealed by then', () => {
    const list: RegisterEntry[] = [entry, { ...entry, id: 'G2', issuedOn: '2024-12-31' }, { ...entry, id: 'G3', repealedOn: '2024-12-31' }, { ...entry, id: 'G4', repealedOn: '2025-01-01' }];
    assert.deepEqual(tallyRegister(list, 'normativeDocument', 2024), { issued: 1, repealed: 1, inForce: 3, published: null });
    assert.deepEqual(tallyRegister(list, 'regulation', 2024), { issued: 0, repealed: 0, inForce: 0, published: 0 });
  });

  it('staff enter only what the register does not give', () => {
    const cells = (f: '2019' | '2021') => enterableCells(f).map((c) => `${c.row}.${c.column.key}`);
    assert.deepEqual(cells('2021'), ['licensing.decisions', 'penalties.decisions', 'coercion.decisions', 'fees.amountTenThousandYuan']);
    assert.ok(cells('2019').includes('regulations.totalPublished'));
    assert.ok(cells('2019').includes('normativeDocuments.newlyPublished'));
    assert.ok(!cells('2019').includes('normativeDocuments.newlyMade'));
    assert.ok(cells('2019').includes('procurement.amountYuan'));
  });
});
