// API throughput under concurrent load: the real `gongkai serve` (compiled, in a child process) over
// one agency's 10,000 applications, signed in as a clerk; autocannon keeps N connections busy for a
// fixed time on GET /api/applications?limit=50 (the workbench list) and on POST /api/applications
// (registration: a tracking code, sealed personal numbers, the row and its first event in one
// transaction). Printed: requests/s, latency p50 and p99, errors. On a PostgreSQL server when one
// is reachable, and on the embedded database.
//   node .bench-build/bench/api.bench.js [--rows 10000] [--connections 10] [--seconds 10] [--server URL]
// Without --server: TEST_DATABASE_URL, DATABASE_URL or the local default server (a database is
// created and dropped). The load generator runs in this process, the server in its own.
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../src/core/calendar/iso-date.js';
import type { Database, OpenResult } from '../src/db/db.js';
import { openEmbedded } from '../src/db/embedded.js';
import { openServer } from '../src/db/server.js';
import { createTestDatabase } from '../src/db/server-test-database.js';
import { recordEvent, registerApplication } from '../src/office/applications.js';
import { signIn as officeSignIn } from '../src/office/auth.js';
import { createOffice } from '../src/office/office.js';
import { createUser } from '../src/office/people.js';
import { secretsFromKey } from '../src/office/secrets.js';
import { call, ensureStopped, signIn, startServer, today, type ServerChild, type Target } from '../src/testkit/serve-child.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg('rows', 10_000);
const CONNECTIONS = arg('connections', 10);
const SECONDS = arg('seconds', 10);
const TEMPLATES = 10;
const CLERK = { login: 'bench-clerk', password: 'Bench-password-1' };

const registration = (on: string) => ({
  applicantType: 'naturalPerson',
  applicant: { name: '基准测试申请人', idNumber: '11010519491231002X', phone: '13812345678', address: '某市某路1号' },
  content: '某项目的审批文件及批复',
  receipt: { channel: 'inPerson', submittedOn: on },
});

/**
 * One agency, a clerk, and ROWS applications: TEMPLATES real ones registered over the last weeks
 * through the office (some decided and closed, some awaiting correction, some open), each cloned in
 * SQL with its history — same rows and JSON as the app writes, new ids and tracking codes.
 */
async function seed(db: Database, keyHex: string): Promise<void> {
  const office = createOffice(db, secretsFromKey(Buffer.from(keyHex, 'hex')));
  const agency = await office.repos.agencies.create({ name: '基准测试镇人民政府', level: 'township' });
  if (!agency.ok) throw new Error(agency.message);
  const clerk = await createUser(office, null, { agencyId: agency.value.id, login: CLERK.login, displayName: '基准测试经办人', role: 'clerk', password: CLERK.password });
  if (!clerk.ok) throw new Error(clerk.message);
  const session = await officeSignIn(office, CLERK.login, CLERK.password);
  if (!session.ok) throw new Error(session.message);
  const by = session.value.principal;
  for (let k = 0; k < TEMPLATES; k++) {
    const on = addDays(today(), -3 * k);
    const r = await registerApplication(office, by, by.agencyId, { ...registration(on), applicantType: 'naturalPerson' }, { channel: 'inPerson', submittedOn: on });
    if (!r.ok) throw new Error(r.message);
    const steps =
      k % 3 === 0
        ? [{ type: 'decide', on, outcome: 'granted' }, { type: 'deliver', on }, { type: 'close', on }]
        : k % 3 === 1
          ? [{ type: 'requestCorrection', on, items: '请明确所需信息的名称', respondBy: addDays(on, 15) }]
          : [];
    let version = r.value.version;
    for (const step of steps) {
      const e = await recordEvent(office, by, r.value.id, version, step as Parameters<typeof recordEvent>[4]);
      if (!e.ok) throw new Error(e.message);
      version = e.value.application.version;
    }
  }
  const copies = Math.ceil((ROWS - TEMPLATES) / TEMPLATES);
  await db.query(
    `WITH t AS (SELECT * FROM applications WHERE agency_id = $1),
     clones AS (
       INSERT INTO applications (agency_id, tracking_code, source, channel, received_on, applicant_type, applicant_name,
              applicant_id_number_cipher, applicant_id_number_masked, applicant_phone_cipher, applicant_phone_masked, applicant_key,
              contact_address, contact_email, requested_content, requested_form, state, outcome, concluded_on, reply_due_on,
              extended_due_on, details, created_by, version)
       SELECT agency_id, tracking_code || '-' || g, source, channel, received_on, applicant_type, applicant_name,
              applicant_id_number_cipher, applicant_id_number_masked, applicant_phone_cipher, applicant_phone_masked, applicant_key,
              contact_address, contact_email, requested_content, requested_form, state, outcome, concluded_on, reply_due_on,
              extended_due_on, details, created_by, version
         FROM t CROSS JOIN generate_series(1, $2::int) AS g
       RETURNING id, tracking_code)
     INSERT INTO application_events (application_id, kind, at, actor_id, payload)
     SELECT c.id, e.kind, e.at, e.actor_id, e.payload
       FROM clones c JOIN t ON c.tracking_code LIKE t.tracking_code || '-%'
       JOIN application_events e ON e.application_id = t.id
      ORDER BY c.id, e.id`,
    [agency.value.id, copies],
  );
  await db.exec('ANALYZE');
}

interface Figures {
  label: string;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(label: string, options: autocannon.Options): Promise<Figures> {
  const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  return { label, requests: r.requests.total, perSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

const line = (f: Figures): string =>
  `  ${f.label.padEnd(34)} ${f.perSecond.toFixed(0).padStart(6)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   ` +
  `${f.requests.toLocaleString('en')} requests, ${f.errors} errors, ${f.non2xx} non-2xx`;

async function measure(engine: string, target: Target, open: () => Promise<OpenResult>): Promise<void> {
  const keyHex = randomBytes(32).toString('hex');
  let t = performance.now();
  const opened = await open();
  if (!opened.ok) throw new Error(`${opened.code}: ${opened.message}`);
  try {
    await seed(opened.db, keyHex);
  } finally {
    await opened.db.close();
  }
  const seedS = (performance.now() - t) / 1000;
  let child: ServerChild | null = null;
  try {
    t = performance.now();
    child = await startServer(target, keyHex);
    const startS = (performance.now() - t) / 1000;
    const s = await signIn(child.url, CLERK);
    const headers = { cookie: s.cookie };
    const before = await call(s, 'GET', '/api/applications?limit=1');
    const total = before.body['total'] as number;
    if (before.status !== 200 || total < ROWS) throw new Error(`the list answers ${before.status}, ${total} applications`);
    console.log(`${engine}: ${total.toLocaleString('en')} applications seeded in ${seedS.toFixed(1)} s; server started in ${startS.toFixed(1)} s`);
    await load('warm-up', { url: `${s.url}/api/applications?limit=50`, headers, duration: 2 });
    const list = await load('GET /api/applications?limit=50', { url: `${s.url}/api/applications?limit=50`, headers });
    console.log(line(list));
    const post = await load('POST /api/applications', {
      url: `${s.url}/api/applications`,
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(registration(today())),
    });
    console.log(line(post));
    const after = (await call(s, 'GET', '/api/applications?limit=1')).body['total'] as number;
    // Every 2xx answer to a registration is one more application (plus those still in flight when
    // the run stopped, at most one per connection): the load was real work.
    const added = after - total;
    const answered = post.requests - post.non2xx;
    if (added < answered || added > answered + CONNECTIONS) console.log(`  (!) ${added} applications added, ${answered} registrations answered 2xx`);
    process.kill(child.pid, 'SIGTERM');
    await child.exited;
  } finally {
    await ensureStopped(child);
  }
}

console.log(
  `API throughput — ${ROWS.toLocaleString('en')} applications of one agency, ${CONNECTIONS} connections, ${SECONDS} s per endpoint; ` +
    `node ${process.version}, ${availableParallelism()} CPUs, load ${loadavg()[0]!.toFixed(1)}`,
);
const folder = mkdtempSync(join(tmpdir(), 'gongkai-api-bench-'));
try {
  const given = process.argv.includes('--server') ? process.argv[process.argv.indexOf('--server') + 1] : undefined;
  const created = given ? null : await createTestDatabase();
  if (given || created?.ok) {
    const url = given ?? (created?.ok ? created.db.url : '');
    try {
      await measure('PostgreSQL server', { engine: 'server', url, dataDir: join(folder, 'unused') }, () => openServer(url));
    } finally {
      if (created?.ok) await created.db.drop();
    }
  } else if (created && !created.ok) {
    console.log(`PostgreSQL server: not measured — ${created.reason}`);
  }
  const dataDir = join(folder, 'data');
  await measure('embedded PGlite', { engine: 'embedded', dataDir }, () => openEmbedded(dataDir));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
