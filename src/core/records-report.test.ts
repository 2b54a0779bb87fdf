// The annual report from the records: a hand-counted example, the rules at the year boundaries,
// and a property test over random application histories driven through the life cycle.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { APPLICANT_TYPES, type ApplicantType } from './applications/applicant.js';
import { apply } from './applications/lifecycle.js';
import { OUTCOMES, type Outcome } from './applications/outcomes.js';
import type { Actor, Application, ApplicationEvent, ApplicationRecord } from './applications/types.js';
import type { Appeal } from './appeals/appeals.js';
import { addDays } from './calendar/iso-date.js';
import { OFFICIAL_CALENDAR as calendar } from './calendar/working-calendar.js';
import { runChecks } from './checks/index.js';
import type { FigureRow, ReportFigures } from './figures.js';
import { APPLICANT_COLUMNS } from './formats.js';
import type { RegisterEntry } from './proactive/register.js';
import { figuresFromRecords, type RecordsInput } from './records-report.js';

const rec = (id: string, applicantType: ApplicantType, receivedOn: string, concludedOn: string | null = null, outcome: Outcome | null = null): ApplicationRecord => ({
  id,
  applicantType,
  receivedOn,
  concludedOn,
  outcome,
});

const input = (year: number, applications: ApplicationRecord[], rest: Partial<RecordsInput> = {}): RecordsInput => ({
  agency: '某某县交通运输局',
  year,
  applications,
  appeals: [],
  register: [],
  counts: null,
  ...rest,
});

function figures(i: RecordsInput): ReportFigures {
  const r = figuresFromRecords(i);
  if (!r.ok) assert.fail(r.errors.map((e) => `${e.code}: ${e.message}`).join('\n'));
  return r.figures;
}

/** A row as the seven applicant columns, 自然人 … 总计. */
const cols = (row: FigureRow | undefined) => APPLICANT_COLUMNS.map((c) => row?.[c.key]);

const APPLICATIONS_2024: ApplicationRecord[] = [
  rec('A1', 'naturalPerson', '2023-11-20', '2024-01-10', 'granted'), // carried over, concluded
  rec('A2', 'naturalPerson', '2023-12-25'), // carried over, still open
  rec('A3', 'commercial', '2023-05-01', '2023-06-01', 'granted'), // done before 2024: not counted
  rec('A4', 'naturalPerson', '2024-01-01', '2024-01-20', 'partiallyGranted'),
  rec('A5', 'naturalPerson', '2024-03-05', '2024-03-30', 'otherNoCorrection'),
  rec('A6', 'commercial', '2024-06-10', '2024-07-01', 'deniedThirdParty'),
  rec('A7', 'research', '2024-12-20', '2025-01-15', 'granted'), // concluded after the year: carried forward
  rec('A8', 'legalService', '2024-12-31'), // received on the last day, open
  rec('A9', 'other', '2025-01-02'), // received after the year: not counted
  rec('A10', 'publicInterest', '2024-09-09', '2024-12-31', 'otherNoFee'), // concluded on the last day
  rec('A11', 'naturalPerson', '2024-02-02', '2024-02-20', 'unavailableNotHeld'),
  rec('A12', 'commercial', '2023-12-31', '2024-01-01', 'otherElse'), // carried over, concluded on 1 January
];

describe('section 三 from applications', () => {
  it('matches the hand count (2024, 2021 format)', () => {
    const f = figures(input(2024, APPLICATIONS_2024));
    assert.equal(f.format, '2021');
    assert.equal(f.year, 2024);
    assert.equal(f.agency, '某某县交通运输局');
    const a = f.applications;
    //                                  自然人 商业 科研 公益 法律 其他 总计
    assert.deepEqual(cols(a['newReceived']), [3, 1, 1, 1, 1, 0, 7]); // A4 A5 A11 | A6 | A7 | A10 | A8
    assert.deepEqual(cols(a['carriedOver']), [2, 1, 0, 0, 0, 0, 3]); // A1 A2 | A12
    assert.deepEqual(cols(a['granted']), [1, 0, 0, 0, 0, 0, 1]); // A1
    assert.deepEqual(cols(a['partiallyGranted']), [1, 0, 0, 0, 0, 0, 1]); // A4
    assert.deepEqual(cols(a['deniedThirdParty']), [0, 1, 0, 0, 0, 0, 1]); // A6
    assert.deepEqual(cols(a['unavailableNotHeld']), [1, 0, 0, 0, 0, 0, 1]); // A11
    assert.deepEqual(cols(a['otherNoCorrection']), [1, 0, 0, 0, 0, 0, 1]); // A5
    assert.deepEqual(cols(a['otherNoFee']), [0, 0, 0, 1, 0, 0, 1]); // A10
    assert.deepEqual(cols(a['otherElse']), [0, 1, 0, 0, 0, 0, 1]); // A12
    assert.deepEqual(cols(a['deniedStateSecret']), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(cols(a['resultsTotal']), [4, 2, 0, 1, 0, 0, 7]);
    assert.deepEqual(cols(a['carriedForward']), [1, 0, 1, 0, 1, 0, 3]); // A2 | A7 | A8
    assert.equal(a['otherHandling'], undefined);
    const report = { figures: f, title: null, publishedAt: null, signedAt: null, narratives: {} };
    assert.deepEqual(runChecks(report).filter((x) => x.severity === 'error'), []);
  });

  it('folds the three 其他处理 outcomes into one row in the 2019 format (2020)', () => {
    const f = figures(
      input(2020, [
        rec('B1', 'naturalPerson', '2020-03-01', '2020-03-20', 'otherNoCorrection'),
        rec('B2', 'commercial', '2020-04-01', '2020-04-10', 'otherHandling'),
        rec('B3', 'naturalPerson', '2020-05-01', '2020-05-10', 'otherElse'),
      ]),
    );
    assert.equal(f.format, '2019');
    assert.deepEqual(cols(f.applications['otherHandling']), [2, 1, 0, 0, 0, 0, 3]);
    assert.deepEqual(cols(f.applications['resultsTotal']), [2, 1, 0, 0, 0, 0, 3]);
    assert.equal(f.applications['otherNoCorrection'], undefined);
  });

  it('lists every bad record and computes nothing from them', () => {
    const r = figuresFromRecords(
      input(2024, [
        rec('C1', 'naturalPerson', '2024-03-01', '2024-03-20', 'otherHandling'),
        rec('C2', 'company' as ApplicantType, '2024-03-01'),
        rec('C3', 'naturalPerson', '2024-03-10', '2024-03-01', 'granted'),
        rec('C4', 'naturalPerson', '2024-02-30'),
        rec('C5', 'naturalPerson', '2024-03-01', null, 'granted'),
        rec('C6', 'naturalPerson', '2024-03-01', '2024-03-05', null),
      ]),
    );
    assert.ok(!r.ok);
    assert.deepEqual(
      r.errors.map((e) => [e.id, e.code]),
      [
        ['C1', 'RECORD_OUTCOME_NOT_IN_FORMAT'],
        ['C2', 'RECORD_APPLICANT_TYPE_INVALID'],
        ['C3', 'RECORD_CONCLUDED_BEFORE_RECEIVED'],
        ['C4', 'DATE_INVALID'],
        ['C5', 'RECORD_OUTCOME_INVALID'],
        ['C6', 'RECORD_OUTCOME_INVALID'],
      ],
    );
    for (const e of r.errors) assert.match(e.message, /[\u4e00-\u9fff]/);
    const year = figuresFromRecords(input(2018, []));
    assert.ok(!year.ok && year.errors[0]?.code === 'REPORT_YEAR_INVALID');
  });
});

describe('section 四 from appeals', () => {
  const appeal = (id: string, kind: Appeal['kind'], filedOn: string, concludedOn: string | null = null, outcome: Appeal['outcome'] = null): Appeal => ({
    id,
    kind,
    filedOn,
    concludedOn,
    outcome,
  });
  it('counts outcomes of appeals concluded in the year and those open at its end (hand count)', () => {
    const f = figures(
      input(2024, [], {
        appeals: [
          appeal('P1', 'review', '2023-11-01', '2024-02-01', 'maintained'), // filed earlier, concluded in 2024
          appeal('P2', 'review', '2024-03-01', '2024-05-01', 'corrected'),
          appeal('P3', 'review', '2024-10-01'), // open
          appeal('P4', 'review', '2024-11-01', '2025-01-10', 'other'), // open on 31 December
          appeal('P5', 'litigationDirect', '2023-01-01', '2023-06-01', 'maintained'), // before 2024
          appeal('P6', 'litigationDirect', '2024-06-01', '2024-12-01', 'other'),
          appeal('P7', 'litigationAfterReview', '2024-06-01', '2024-09-01', 'maintained'),
          appeal('P8', 'litigationAfterReview', '2025-01-05'), // after 2024
        ],
      }),
    );
    const r = f.reviewLitigation;
    assert.deepEqual(r['review'], { maintained: 1, corrected: 1, other: 0, pending: 2, total: 4 });
    assert.deepEqual(r['litigationDirect'], { maintained: 0, corrected: 0, other: 1, pending: 0, total: 1 });
    assert.deepEqual(r['litigationAfterReview'], { maintained: 1, corrected: 0, other: 0, pending: 0, total: 1 });
  });

  it('refuses inconsistent appeal records', () => {
    const r = figuresFromRecords(input(2024, [], { appeals: [appeal('Q1', 'review', '2024-05-01', '2024-04-01', 'maintained'), appeal('Q2', 'review', '2024-05-01', null, 'other')] }));
    assert.ok(!r.ok);
    assert.deepEqual(r.errors.map((e) => [e.id, e.code]), [['Q1', 'APPEAL_DATE_ORDER'], ['Q2', 'APPEAL_OUTCOME_INVALID']]);
  });
});

describe('section 二 from the register and counts', () => {
  const doc = (id: string, kind: RegisterEntry['kind'], issuedOn: string, repealedOn: string | null = null, publishedOn?: string): RegisterEntry => ({
    id,
    kind,
    title: `文件${id}`,
    issuedOn,
    repealedOn,
    ...(publishedOn ? { publishedOn } : {}),
  });
  const register = [
    doc('R1', 'regulation', '2020-01-01'),
    doc('R2', 'normativeDocument', '2024-02-01'),
    doc('R3', 'normativeDocument', '2022-01-01', '2024-06-30'),
    doc('R4', 'normativeDocument', '2024-03-01', '2024-12-31'),
    doc('R5', 'normativeDocument', '2023-01-01', '2025-01-01'),
    doc('R6', 'normativeDocument', '2025-01-02'),
  ];

  it('2021 format: issued, repealed and in force at the year end; decisions and fee income as entered', () => {
    const counts = { licensing: { decisions: 120 }, penalties: { decisions: 8 }, coercion: { decisions: 0 }, fees: { amountTenThousandYuan: 1.25 } };
    const f = figures(input(2024, [], { register, counts }));
    assert.deepEqual(f.proactive['regulations'], { issued: 0, repealed: 0, inForce: 1 });
    assert.deepEqual(f.proactive['normativeDocuments'], { issued: 2, repealed: 2, inForce: 2 }); // R2 R4 | R3 R4 | R2 R5
    assert.deepEqual(f.proactive['licensing'], { decisions: 120 });
    assert.deepEqual(f.proactive['fees'], { amountTenThousandYuan: 1.25 });
    // Nothing entered: unknown, not 0.
    assert.deepEqual(figures(input(2024, [], { register })).proactive['penalties'], { decisions: null });
  });

  it('2019 format: what the register gives, the rest as entered', () => {
    const old = [doc('S1', 'normativeDocument', '2020-02-01', null, '2020-02-10'), doc('S2', 'normativeDocument', '2019-12-20', null, '2020-01-05'), doc('S3', 'regulation', '2020-05-01')];
    const f = figures(input(2020, [], { register: old, counts: { normativeDocuments: { totalPublished: 57 }, regulations: { newlyPublished: 1 }, procurement: { projects: 3, amountYuan: 125000.5 }, licensing: { change: -2 } } }));
    assert.deepEqual(f.proactive['normativeDocuments'], { newlyMade: 1, newlyPublished: 2, totalPublished: 57 });
    // S3 has no publication date: 本年新公开数量 of 规章 is entered by staff.
    assert.deepEqual(f.proactive['regulations'], { newlyMade: 1, newlyPublished: 1, totalPublished: null });
    assert.deepEqual(f.proactive['procurement'], { projects: 3, amountYuan: 125000.5 });
    assert.equal(f.proactive['licensing']?.['change'], -2);
  });

  it('refuses counts for derived, unknown or impossible cells', () => {
    const r = figuresFromRecords(
      input(2024, [], {
        register: [...register, doc('R7', 'normativeDocument', '2024-05-01', '2024-04-01')],
        counts: { normativeDocuments: { issued: 3 }, procurement: { projects: 1 }, licensing: { decisions: -1 }, penalties: { decisions: 1.5 } },
      }),
    );
    assert.ok(!r.ok);
    assert.deepEqual(r.errors.map((e) => e.code), ['REGISTER_DATE_ORDER', 'COUNT_CELL_DERIVED', 'COUNT_CELL_UNKNOWN', 'COUNT_VALUE_INVALID', 'COUNT_VALUE_INVALID']);
  });
});

// ---- Property: random histories through the life cycle ----------------------------------------

const clerk: Actor = { id: 'clerk', role: 'clerk' };
const head: Actor = { id: 'head', role: 'approver' };

type Intent =
  | { t: 'requestCorrection'; gap: number; period: number }
  | { t: 'receiveCorrection' | 'correctionLapsed' | 'endConsultation' | 'approveExtension' | 'payFee' | 'feeLapsed' | 'deliver' | 'close'; gap: number }
  | { t: 'startConsultation'; gap: number; agency: boolean }
  | { t: 'requestExtension'; gap: number; days: number }
  | { t: 'noticeFee'; gap: number; pages: number }
  | { t: 'decide'; gap: number; outcome: Outcome };

const gap = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 10 }), weight: 4 }, { arbitrary: fc.integer({ min: 11, max: 60 }), weight: 1 });
const intent: fc.Arbitrary<Intent> = fc.oneof(
  fc.record({ t: fc.constant('requestCorrection' as const), gap, period: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ t: fc.constantFrom('receiveCorrection', 'correctionLapsed', 'endConsultation', 'approveExtension', 'payFee', 'feeLapsed', 'deliver', 'close'), gap }),
  fc.record({ t: fc.constant('startConsultation' as const), gap, agency: fc.boolean() }),
  fc.record({ t: fc.constant('requestExtension' as const), gap, days: fc.integer({ min: 1, max: 25 }) }),
  fc.record({ t: fc.constant('noticeFee' as const), gap, pages: fc.integer({ min: 0, max: 300 }) }),
  { arbitrary: fc.record({ t: fc.constant('decide' as const), gap, outcome: fc.constantFrom(...OUTCOMES) }), weight: 3 },
);

const history = fc.record({
  type: fc.constantFrom(...APPLICANT_TYPES),
  received: fc.integer({ min: 0, max: 6 * 365 }).map((n) => addDays('2019-06-01', n)),
  intents: fc.array(intent, { maxLength: 10 }),
  /** Deliver and close at the end, so that every state is reached. */
  tail: fc.integer({ min: 0, max: 2 }),
});

function event(i: Intent, on: string): ApplicationEvent {
  switch (i.t) {
    case 'requestCorrection':
      return { type: i.t, on, items: '写明所需信息的名称', respondBy: addDays(on, i.period) };
    case 'startConsultation':
      return { type: i.t, on, party: i.agency ? 'agency' : 'thirdParty', name: '被征求意见方' };
    case 'requestExtension':
      return { type: i.t, on, workingDays: i.days, reason: '需要检索档案' };
    case 'noticeFee':
      return { type: i.t, on, choice: { method: 'byPages', pages: i.pages } };
    case 'decide':
      return { type: i.t, on, outcome: i.outcome };
    default:
      return { type: i.t, on };
  }
}

/** Drives one application through its intents; refused events are dropped, as a clerk's mistakes are. */
function live(n: number, h: { type: ApplicantType; received: string; intents: Intent[]; tail: number }): Application {
  const now = '2026-01-01T00:00:00Z';
  const first = apply(null, { type: 'register', id: `P${n}`, trackingCode: '2222-2222-222', applicantType: h.type, applicant: { name: '申请人' }, content: '某项信息', receipt: h.received }, { calendar, actor: clerk, now });
  if (!first.ok) assert.fail(first.message);
  let app = first.application;
  let on = h.received;
  const tail: Intent[] = [{ t: 'deliver', gap: 1 }, { t: 'close', gap: 1 }];
  for (const i of [...h.intents, ...tail.slice(0, h.tail)]) {
    on = addDays(on, i.gap);
    const r = apply(app, event(i, on), { calendar, actor: i.t === 'approveExtension' ? head : clerk, now });
    if (r.ok) app = r.application;
  }
  return app;
}

describe('property: figures from any histories pass every check', () => {
  it('the tracking code used above is valid', () => {
    const r = apply(null, { type: 'register', id: 'X', trackingCode: '2222-2222-222', applicantType: 'other', applicant: { name: '甲' }, content: '乙', receipt: '2024-01-02' }, { calendar, actor: clerk, now: '' });
    assert.ok(r.ok, r.ok ? '' : r.message);
  });

  it('balanced (R1–R4), one outcome per concluded application, carried forward = next carried over', () => {
    fc.assert(
      fc.property(fc.array(history, { maxLength: 25 }), fc.integer({ min: 2019, max: 2025 }), (histories, year) => {
        const apps = histories.map((h, n) => live(n, h));
        for (const a of apps) {
          const concluded = ['decided', 'delivered', 'closed'].includes(a.state);
          assert.equal(a.concludedOn !== null, concluded);
          assert.equal(a.outcome !== null, concluded);
          if (a.concludedOn !== null) assert.ok(a.concludedOn >= a.receivedOn);
        }
        const f = figures(input(year, apps));
        const findings = runChecks({ figures: f, title: null, publishedAt: null, signedAt: null, narratives: {} });
        assert.deepEqual(findings.filter((x) => x.severity === 'error'), []);
        assert.deepEqual(findings.filter((x) => x.code === 'IDENTITY_UNVERIFIABLE'), []);
        const next = figures(input(year + 1, apps));
        assert.deepEqual(cols(f.applications['carriedForward']), cols(next.applications['carriedOver']));
        const counted = apps.filter((a) => a.receivedOn <= `${year}-12-31` && (a.concludedOn === null || a.concludedOn >= `${year}-01-01`)).length;
        assert.equal(f.applications['newReceived']!['total']! + f.applications['carriedOver']!['total']!, counted);
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 150) },
    );
  });

  it('random appeals balance R4', () => {
    const date = fc.integer({ min: 0, max: 5 * 365 }).map((n) => addDays('2020-01-01', n));
    const appeal = fc.record({
      kind: fc.constantFrom('review' as const, 'litigationDirect' as const, 'litigationAfterReview' as const),
      filedOn: date,
      length: fc.option(fc.integer({ min: 0, max: 400 })),
      outcome: fc.constantFrom('maintained' as const, 'corrected' as const, 'other' as const),
    });
    fc.assert(
      fc.property(fc.array(appeal, { maxLength: 30 }), fc.integer({ min: 2020, max: 2025 }), (list, year) => {
        const appeals: Appeal[] = list.map((a, i) => ({
          id: `Q${i}`,
          kind: a.kind,
          filedOn: a.filedOn,
          concludedOn: a.length === null ? null : addDays(a.filedOn, a.length),
          outcome: a.length === null ? null : a.outcome,
        }));
        const f = figures(input(year, [], { appeals }));
        const findings = runChecks({ figures: f, title: null, publishedAt: null, signedAt: null, narratives: {} });
        assert.deepEqual(findings.filter((x) => x.severity === 'error'), []);
      }),
    );
  });
});
