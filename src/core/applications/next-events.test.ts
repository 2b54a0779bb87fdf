// nextEvents against the life cycle itself: on random walks, every event offered can be applied on
// some day up to today, and every event not offered is refused on every such day.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, type IsoDate } from '../calendar/iso-date.js';
import { OFFICIAL_CALENDAR as calendar } from '../calendar/working-calendar.js';
import { EVENT_LABELS } from './errors.js';
import { apply } from './lifecycle.js';
import { nextEvents } from './next-events.js';
import { trackingCode } from './tracking-code.js';
import type { Actor, Application, ApplicationEvent, ApplicationEventType } from './types.js';

const clerk: Actor = { id: 'clerk-1', role: 'clerk' };
const clerk2: Actor = { id: 'clerk-2', role: 'clerk' };
const head: Actor = { id: 'head-1', role: 'approver' };
const ACTORS = [clerk, clerk2, head];
const TYPES = (Object.keys(EVENT_LABELS) as ApplicationEventType[]).filter((t): t is Exclude<ApplicationEventType, 'register'> => t !== 'register');

const code = trackingCode(new Uint8Array([9, 8, 7, 6, 5, 4, 3, 2]));
assert.ok(code.ok);

function registered(on: IsoDate): Application {
  const r = apply(
    null,
    { type: 'register', id: 'A-1', trackingCode: code.ok ? code.code : '', applicantType: 'naturalPerson', applicant: { name: '张三' }, content: '某文件', receipt: { channel: 'inPerson', submittedOn: on } },
    { calendar, actor: clerk, now: `${on}T09:00:00+08:00` },
  );
  assert.ok(r.ok);
  return r.application;
}

function eventOf(type: Exclude<ApplicationEventType, 'register'>, on: IsoDate, app: Application): ApplicationEvent {
  switch (type) {
    case 'requestCorrection':
      return { type, on, items: '请写明文件名称', respondBy: addDays(on, 10) };
    case 'startConsultation':
      return { type, on, party: 'thirdParty', name: '某公司' };
    case 'endConsultation': {
      const index = app.consultations.findIndex((c) => c.to === undefined);
      return index >= 0 ? { type, on, index } : { type, on };
    }
    case 'requestExtension':
      return { type, on, workingDays: 15, reason: '需要调取档案' };
    case 'noticeFee':
      return { type, on, choice: { method: 'byPages', pages: 120 } };
    case 'decide':
      return { type, on, outcome: 'granted' };
    default:
      return { type, on } as ApplicationEvent;
  }
}

/** Days from the last event to today: both ends and a few between (the walk moves in small steps). */
function days(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out.length <= 5 ? out : [out[0]!, out[Math.floor(out.length / 3)]!, out[Math.floor((2 * out.length) / 3)]!, out[out.length - 1]!];
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('nextEvents', () => {
  it('offers exactly what the life cycle accepts on some day up to today, for each actor', () => {
    let checked = 0;
    const states = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = random(seed);
      let app = registered('2024-03-04');
      let today: IsoDate = '2024-03-04';
      for (let step = 0; step < 14 && app.state !== 'closed'; step++) {
        states.add(app.state);
        today = addDays(today, Math.floor(rnd() * 6));
        const applied: Application[] = [];
        for (const actor of ACTORS) {
          const offered = new Set(nextEvents(app, actor, today));
          for (const type of TYPES) {
            const results = days(app.lastEventOn, today).map((on) => apply(app, eventOf(type, on, app), { calendar, actor, now: `${on}T10:00:00+08:00` }));
            const accepted = results.find((r) => r.ok);
            const where = `seed ${seed}, ${app.state}, ${actor.id}, ${type}, ${app.lastEventOn}..${today}`;
            if (offered.has(type)) assert.ok(accepted, `offered but refused: ${where}: ${results.map((r) => (r.ok ? '' : r.code)).join(',')}`);
            else assert.ok(!accepted, `accepted but not offered: ${where}`);
            if (accepted?.ok) applied.push(accepted.application);
            checked++;
          }
        }
        if (applied.length === 0) break;
        app = applied[Math.floor(rnd() * applied.length)]!;
      }
    }
    assert.ok(checked > 1000);
    assert.deepEqual([...states].sort(), ['awaitingCorrection', 'decided', 'delivered', 'extended', 'feePending', 'inConsultation', 'registered']);
  });

  it('offers nothing on a closed application, and the lapses only after their periods', () => {
    const base = registered('2024-03-04');
    assert.deepEqual(nextEvents({ ...base, state: 'closed' }, clerk, '2024-04-01'), []);
    const waiting = { ...base, state: 'awaitingCorrection' as const, correction: { noticeSent: '2024-03-05', items: '某', respondBy: '2024-03-15' } };
    assert.ok(!nextEvents(waiting, clerk, '2024-03-15').includes('correctionLapsed'));
    assert.ok(nextEvents(waiting, clerk, '2024-03-16').includes('correctionLapsed'));
  });
});
