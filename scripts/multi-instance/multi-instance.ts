// `npm run test:multi` (issue 20, point 4): several instances proven on one machine. Starts one
// PostgreSQL (embedded, throwaway), one S3-compatible server (s3rver, on a temporary folder), two
// instances of the built portal with `npm start` at the same time (so they prepare the database
// under the advisory lock) and a round-robin load balancer in front of them, then checks through
// HTTP that (a) a document published on A is listed by B within 2 s, (b) a file uploaded through
// A downloads from B, (c) the sign-in limit counts attempts on both together and (d) killing A
// during a stream of writes through the balancer loses no acknowledged write.
// It reuses the build of `npm run test:e2e` (NEXT_DIST_DIR, default .next) and builds once only
// when there is none. PORT (3350: the balancer; the instances get the next two) and
// PREVENIR_DB_PORT (5650) can be overridden.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { chromium } from '@playwright/test';
import pg from 'pg';

import { startS3Server, type TestS3Server } from '../../tests/support/s3-server';
import { buildIdentity } from '../lib/build-identity';
import { buildSite } from '../lib/build-site';
import { distDirOf } from '../lib/dist-dir';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../lib/embedded-postgres';
import { reasonToBuild } from '../lib/needs-build';
import {
  createAccount,
  PROPAGATION_LIMIT_MS,
  publishOnAReadOnB,
  type Setup,
  signInEditor,
  signInLimitAcrossInstances,
  writesSurviveKill,
} from './checks';
import { firstLineAt, type Instance, startInstance } from './instance';
import { type RoundRobinProxy, startRoundRobinProxy, UPSTREAM_HEADER } from './round-robin-proxy';

const LB_PORT = Number(process.env.PORT || 3350);
const DB_PORT = Number(process.env.PREVENIR_DB_PORT || 5650);
const LB = `http://127.0.0.1:${LB_PORT}`;

const runStartedAt = performance.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const since = (at: number) => seconds(at - runStartedAt);
const say = (message: string) => console.log(`[${since(performance.now())}] ${message}`);

const temporaryDir = (label: string) =>
  mkdtempSync(path.join(tmpdir(), `prevenir-multi-${label}-`));

/** Both instances prepared the database, one after the other, and every migration ran once. */
const checkPreparedOnce = async (databaseUrl: string, instances: Instance[]) => {
  const spans = instances
    .map((instance) => ({
      name: instance.name,
      from: firstLineAt(instance, /Applying database migrations/),
      to: firstLineAt(instance, /Updating the data from prisma\/data/),
    }))
    .sort((x, y) => (x.from ?? 0) - (y.from ?? 0));
  const [first, second] = spans;
  if (spans.some((span) => span.from === undefined || span.to === undefined)) {
    throw new Error('an instance did not report its migration and data-update steps');
  }
  if (second!.from! < first!.to!) {
    throw new Error(
      `${second!.name} started migrating before ${first!.name} had finished: the lock did not hold`,
    );
  }
  const migrations = readdirSync('prisma/migrations', { withFileTypes: true }).filter((entry) =>
    entry.isDirectory(),
  ).length;
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; runs: number; applied: number }>(
      `SELECT migration_name AS name, count(*)::int AS runs,
              count(*) FILTER (WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL)::int AS applied
       FROM _prisma_migrations GROUP BY migration_name`,
    );
    const wrong = rows.filter((row) => row.runs !== 1 || row.applied !== 1);
    if (rows.length !== migrations || wrong.length > 0) {
      throw new Error(
        `_prisma_migrations has ${rows.length} migrations for ${migrations} folders` +
          (wrong.length
            ? `; run more than once or failed: ${wrong.map((r) => r.name).join(', ')}`
            : ''),
      );
    }
  } finally {
    await client.end();
  }
  return (
    `${first!.name} took the lock first; ${second!.name} began its migrations ` +
    `${seconds(second!.from! - first!.to!)} after ${first!.name} reached its data update; ` +
    `each of the ${migrations} migrations applied once`
  );
};

/** The load balancer answers, from B alone, once A is gone. */
const checkBalancerAfterKill = async (b: Instance) => {
  const upstreams = new Set<string | null>();
  for (let i = 0; i < 4; i += 1) {
    const response = await fetch(`${LB}/en`);
    await response.arrayBuffer();
    if (response.status !== 200)
      throw new Error(`the balancer answered /en with ${response.status}`);
    upstreams.add(response.headers.get(UPSTREAM_HEADER));
  }
  if (upstreams.size !== 1 || !upstreams.has(b.name)) {
    throw new Error(`after the kill, /en was answered by ${[...upstreams].join(', ')}`);
  }
};

const instances: Instance[] = [];
// The instances run in process groups of their own, which Ctrl-C does not reach: end them with us.
process.on('exit', () => instances.forEach((instance) => instance.killNow()));
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));

const main = async () => {
  const reason = reasonToBuild();
  const dist = distDirOf();
  const folders: string[] = [];
  let database: EmbeddedDatabase | undefined;
  let s3: TestS3Server | undefined;
  let balancer: RoundRobinProxy | undefined;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const dataDir = temporaryDir('postgres');
    folders.push(dataDir);
    say(`PostgreSQL (embedded) on port ${DB_PORT}, files in ${dataDir}`);
    database = await startEmbeddedPostgres({
      dataDir,
      port: DB_PORT,
      database: 'prevenir',
      persistent: false,
    });
    const databaseUrl = database.url;
    s3 = await startS3Server('prevenir-multi');
    say(`s3rver on ${s3.env.S3_ENDPOINT}, bucket ${s3.env.S3_BUCKET}`);
    if (reason) {
      say(`Building the site once in ${dist} for both instances (${reason})`);
      await buildSite({ env: { ...process.env, DATABASE_URL: databaseUrl } });
    } else {
      say(`Reusing the build in ${dist}`);
    }

    // Both run one build, so they share its server actions' key (required with DATABASE_URL).
    const { key: actionsKey } = await buildIdentity(dist);
    const storageDirs = ['a', 'b'].map((name) => temporaryDir(`storage-${name}`));
    folders.push(...storageDirs);
    const shared = {
      DATABASE_URL: databaseUrl,
      // One secret for both, as every deployment of several instances must have.
      AUTH_SECRET: randomBytes(32).toString('base64'),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsKey,
      SITE_URL: LB,
      STORAGE_DRIVER: 's3',
      S3_FORCE_PATH_STYLE: 'true',
      ...s3.env,
      // Behind the balancer, which appends the client's address to X-Forwarded-For.
      TRUST_PROXY: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    };
    const upstreams = [
      { name: 'A', port: LB_PORT + 1 },
      { name: 'B', port: LB_PORT + 2 },
    ];
    say(`Starting instances A (${upstreams[0]!.port}) and B (${upstreams[1]!.port}) together`);
    for (const [i, { name, port }] of upstreams.entries()) {
      instances.push(
        startInstance({ name, port, env: { ...shared, STORAGE_DIR: storageDirs[i] }, echo: say }),
      );
    }
    const [a, b] = instances as [Instance, Instance];
    await Promise.all(instances.map((instance) => instance.ready));
    say(`Both serve. ${await checkPreparedOnce(databaseUrl, instances)}`);
    balancer = await startRoundRobinProxy({ port: LB_PORT, upstreams });
    say(`Load balancer (round robin) on ${LB}`);

    const setup: Setup = {
      browser,
      databaseUrl,
      lb: LB,
      a,
      b,
      storageDirs,
      tag: randomBytes(4).toString('hex'),
    };
    const editor = await createAccount(databaseUrl, 'editor');
    const { context, page } = await signInEditor(browser, a.origin, editor);

    say('(a, b) Publishing a document with a PDF on A; polling B’s /en/documents…');
    const published = await publishOnAReadOnB(setup, page);
    say(
      `✔ (a) B listed it ${Math.round(published.propagationMs)} ms after A acknowledged the ` +
        `publication (${Math.round(published.sinceClickMs)} ms after the click, ` +
        `${published.polls} polls; limit ${PROPAGATION_LIMIT_MS} ms). Before, B served the page from its cache.`,
    );
    say(
      `✔ (b) B served the ${published.fileBytes}-byte PDF uploaded through A, byte for byte, ` +
        'from the bucket (neither instance’s own folder holds a file)',
    );

    say('(c) Failed sign-ins for one account, alternating A and B…');
    const limit = await signInLimitAcrossInstances(setup);
    say(`✔ (c) ${limit.outcomes.join(' → ')}: the limit counted both instances’ attempts`);

    say('(d) A stream of drafts through the balancer; A killed (SIGKILL) during it…');
    const cookie = (await context.cookies())
      .map((entry) => `${entry.name}=${entry.value}`)
      .join('; ');
    await context.close();
    const writes = await writesSurviveKill(setup, cookie);
    await checkBalancerAfterKill(b);
    say(
      `✔ (d) ${writes.sent} writes sent, A killed after ${seconds(writes.killedAfterMs)}; ` +
        `${writes.acknowledged} acknowledged (${writes.byA} by A, ${writes.byB} by B), every one ` +
        `in the database; all ${writes.afterKill} sent after the kill acknowledged by B; ` +
        `${writes.unacknowledged} cut off by the kill (${writes.unacknowledgedButStored} of ` +
        'them committed anyway); the balancer now answers from B only',
    );
    return true;
  } catch (error) {
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
    for (const instance of instances) {
      console.error(`\nLast lines of instance ${instance.name}:`);
      for (const line of instance.lines.slice(-30)) console.error(`  ${line.text}`);
    }
    return false;
  } finally {
    await browser.close();
    await balancer?.close();
    await Promise.all(instances.map((instance) => instance.stop()));
    await s3?.close();
    await database?.stop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
};

const ok = await main();
console.log(`\nMulti-instance run: ${ok ? 'passed' : 'FAILED'} in ${since(performance.now())}`);
process.exit(ok ? 0 : 1);
