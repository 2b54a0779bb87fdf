// Test support for crash.test.ts and open.test.ts, run as a child process:
//   node --import tsx src/db/crash-writer.ts embedded DIR | server URL  [write | hold]
// Opens the database and prints "ready". `hold` then keeps it open until killed. `write` registers
// applications one after another, printing "ack register CODE" after each commit, and after every
// third also decides an earlier application ("ack change CODE VERSION"), until killed.
import { randomBytes } from 'node:crypto';
import { writeSync } from 'node:fs';
import { openEmbedded } from './embedded.js';
import { repositories } from './repositories.js';
import { openServer } from './server.js';

function say(line: string): void {
  writeSync(1, `${line}\n`); // synchronous: once printed, the parent will read it even if we are killed next
}

const [kind, where, mode = 'write'] = process.argv.slice(2);
if ((kind !== 'embedded' && kind !== 'server') || !where) {
  say('usage: crash-writer.ts embedded DIR | server URL [write | hold]');
  process.exit(2);
}
const opened = kind === 'embedded' ? await openEmbedded(where) : await openServer(where);
if (!opened.ok) {
  say(`failed ${opened.code} ${opened.message}`);
  process.exit(3);
}
const db = opened.db;
say('ready');
if (mode === 'hold') {
  setInterval(() => undefined, 60_000);
} else {
  const repos = repositories(db);
  const name = 'crash-test 某某镇人民政府';
  const found = (await repos.agencies.findByName(name))[0];
  const created = found ? null : await repos.agencies.create({ name, level: 'township' });
  const agencyId = found?.id ?? (created?.ok ? created.value.id : (await repos.agencies.findByName(name))[0]!.id);
  const run = `${process.pid}${Date.now().toString(36)}`.toUpperCase();
  for (let i = 1; ; i++) {
    const trackingCode = `C${run}-${i}`;
    const r = await repos.applications.register(
      {
        agencyId,
        trackingCode,
        channel: 'post',
        receivedOn: '2024-09-27',
        applicantType: i % 2 ? 'naturalPerson' : 'commercial',
        applicantName: `申请人${i}`,
        applicantIdNumber: { cipher: randomBytes(64), masked: '110***********0000' },
        requestedContent: '某项目的审批文件'.repeat(20),
        state: 'registered',
        replyDueOn: '2024-10-31',
      },
      { kind: 'registered', actorId: null, payload: { i } },
    );
    if (!r.ok) throw new Error(r.message);
    say(`ack register ${trackingCode}`);
    if (i % 3 === 0) {
      const earlier = `C${run}-${i - 1}`;
      const app = await repos.applications.findByTrackingCode(earlier);
      if (!app) throw new Error(`lost ${earlier}`);
      const changed = await repos.applications.change([agencyId], app.id, app.version, { state: 'decided', outcome: 'granted', concludedOn: '2024-10-20' }, { kind: 'decided', actorId: null });
      if (!changed.ok) throw new Error(changed.message);
      say(`ack change ${earlier} ${changed.value.version}`);
    }
  }
}
