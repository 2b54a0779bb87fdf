// The API crash tests' checker finds what it is there to find: a lost acknowledged write, an
// unacknowledged one that was never sent, and half-applied state.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newAcks, problems, stateAfter, type Acks, type Stored } from './api-crash-verify.js';

function acked(): Acks {
  const acks = newAcks();
  acks.apps.set('a', { id: 'a', trackingCode: 'AAAA-AAAA-AAA', reference: 'R1-W1-S1', kinds: ['register', 'decide'], pending: null });
  acks.apps.set('b', { id: 'b', trackingCode: 'BBBB-BBBB-BBB', reference: 'R1-W2-S1', kinds: ['register'], pending: { type: 'startConsultation', on: '2024-09-02' } });
  acks.pendingRegistrations.add('R1-W3-S1');
  return acks;
}

const whole = (id: string, reference: string, kinds: string[], trackingCode = `${id.toUpperCase().repeat(4)}-X`): Stored => {
  const decided = kinds.includes('decide') ? { outcome: 'granted', on: '2024-09-02' } : null;
  return { id, trackingCode, reference, version: kinds.length, state: stateAfter(kinds), outcome: decided?.outcome ?? null, concludedOn: decided?.on ?? null, kinds, decided };
};

test('acknowledged writes, and those in flight or not, pass', () => {
  const a = whole('a', 'R1-W1-S1', ['register', 'decide'], 'AAAA-AAAA-AAA');
  const b = whole('b', 'R1-W2-S1', ['register'], 'BBBB-BBBB-BBB');
  assert.deepEqual(problems(acked(), [a, b]), []);
  const bMoved = whole('b', 'R1-W2-S1', ['register', 'startConsultation'], 'BBBB-BBBB-BBB');
  assert.deepEqual(problems(acked(), [a, bMoved, whole('c', 'R1-W3-S1', ['register'])]), []);
});

test('a lost registration, a lost event, an unsent write and half-applied state are each found', () => {
  const a = whole('a', 'R1-W1-S1', ['register', 'decide'], 'AAAA-AAAA-AAA');
  const b = whole('b', 'R1-W2-S1', ['register'], 'BBBB-BBBB-BBB');
  assert.match(problems(acked(), [a]).join('\n'), /R1-W2-S1: acknowledged registration BBBB-BBBB-BBB lost/);
  assert.match(problems(acked(), [whole('a', 'R1-W1-S1', ['register'], 'AAAA-AAAA-AAA'), b]).join('\n'), /history register, acknowledged register,decide/);
  assert.match(problems(acked(), [a, b, whole('d', 'R9-W9-S9', ['register'])]).join('\n'), /R9-W9-S9: neither acknowledged nor in flight/);
  assert.match(problems(acked(), [{ ...a, version: 3 }, b]).join('\n'), /version 3 with 2 events/);
  assert.match(problems(acked(), [{ ...a, state: 'registered' }, b]).join('\n'), /state registered after register,decide/);
  assert.match(problems(acked(), [{ ...a, concludedOn: null }, b]).join('\n'), /outcome granted concluded null/);
  assert.match(problems(acked(), [a, { ...b, kinds: [], version: 0 }]).join('\n'), /R1-W2-S1: history /);
});
