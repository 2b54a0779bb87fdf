// GET /api/today: the office clock's day, for staff.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onBothEngines } from '../api-testkit.js';

onBothEngines('today through the API', (h) => {
  test("answers the office clock's day to staff, and nothing to the unsigned", async () => {
    h().clock.setToday('2024-10-08');
    const r = await h().api.inject({ method: 'GET', url: '/api/today', headers: { cookie: await h().cookie('clerkA') } });
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(r.json(), { today: '2024-10-08' });
    assert.equal((await h().api.inject({ method: 'GET', url: '/api/today' })).statusCode, 401);
  });
});
