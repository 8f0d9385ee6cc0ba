// `npm run test:hostile`: starts the built portal on its own port and database, sends it the
// hostile corpus (scripts/security/hostile-corpus.ts) and fails on any 5xx, unescaped reflection,
// missing security header, header blown up by the request, or no answer within the timeout.
// Answer times are reported as figures against plain page requests timed in the same run, not
// asserted: the machine is shared and noisy.
// PORT (3300), PREVENIR_DB_PORT (54350) and NEXT_DIST_DIR (.next, as `npm run test:e2e` builds
// it) can be overridden; `npm start` rebuilds only when the sources changed.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';

import { median, percentile } from '../lib/percentile';
import { run as runBin } from '../lib/run';
import { hiddenFields } from '../lib/server-action-form';
import { type Observed, problemsOf } from './hostile-checks';
import { FORM_PAYLOADS, hostileProbes, type Probe, signedInProbes } from './hostile-corpus';
import { HOSTILE_CSVS } from './hostile-csv';

const PORT = Number(process.env.PORT || 3300);
const DB_PORT = Number(process.env.PREVENIR_DB_PORT || 54350);
const DATA_DIR = '.data/hostile-postgres';
const ORIGIN = `http://127.0.0.1:${PORT}`;
// Small: the machine is shared (2 cores in CI).
const CONCURRENCY = 3;
const OVER_LIMIT_BYTES = 30 * 1024 * 1024;

/** A body as one buffer, or produced chunk by chunk so a 30 MB one is never held in memory. */
type Body = Buffer | (() => Generator<Buffer>);
type Sent = Probe & { body?: Body };

/** One raw request: the path goes out exactly as written, invalid sequences included. */
const send = ({ method, path, headers = {}, body }: Sent) =>
  new Promise<Observed>((resolve, reject) => {
    const started = performance.now();
    let answered = false;
    const outgoing = request(
      { host: '127.0.0.1', port: PORT, method, path, headers, timeout: 15_000 },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        // 'close', not 'end': a server refusing a body may close the connection mid-answer.
        response.on('close', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('timed out')));
    // Writing on after an early refusal (413) fails with EPIPE: the answer is what counts.
    outgoing.on('error', (error) => answered || reject(error));
    if (typeof body !== 'function') return outgoing.end(body);
    // A streamed body waits for `100 Continue`, as curl does for large bodies: a server that
    // refuses it at once (413) answers before we write, instead of resetting our upload.
    outgoing.setHeader('Expect', '100-continue');
    outgoing.flushHeaders();
    const streamBody = async () => {
      for (const chunk of body()) {
        if (answered || outgoing.destroyed) break;
        if (!outgoing.write(chunk)) {
          // Either ends the wait; both listeners go, or each wait would leave one behind.
          await new Promise<void>((resume) => {
            const done = () => {
              outgoing.off('drain', done).off('close', done);
              resume();
            };
            outgoing.once('drain', done).once('close', done);
          });
        }
      }
      if (!outgoing.destroyed) outgoing.end();
    };
    outgoing.once('continue', () => setImmediate(() => void streamBody()));
  });

const isListening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const settle = (listening: boolean) => {
      socket.destroy();
      resolve(listening);
    };
    socket.once('connect', () => settle(true)).once('error', () => settle(false));
  });

const startServer = async (): Promise<ChildProcess> => {
  // A previous run's PostgreSQL may still be shutting down (a stop waits for it up to 5 s).
  for (let tries = 0; tries < 20 && (await isListening(DB_PORT)); tries += 1) {
    await new Promise((resume) => setTimeout(resume, 500));
  }
  rmSync(DATA_DIR, { recursive: true, force: true });
  console.log(`Starting the portal on ${ORIGIN} with its database in ${DATA_DIR}`);
  const started = performance.now();
  // tsx itself, not through npm: SIGTERM must reach scripts/start.ts, which stops its children.
  const server = spawn(path.join('node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOSTNAME: '127.0.0.1',
      // Its own embedded database, so its sign-in failures lock out no one else's accounts.
      DATABASE_URL: '',
      PREVENIR_DATA_DIR: DATA_DIR,
      PREVENIR_DB_PORT: String(DB_PORT),
      SITE_URL: ORIGIN,
      // The contact page has its form only with an address to send to (no SMTP_URL: printed).
      CONTACT_EMAIL: 'operators@hostile.test',
      // The open-data API allows 120 requests a minute per address, and every probe comes from
      // 127.0.0.1: a 429 would stop most of them before the handlers they are meant to reach.
      API_RATE_LIMIT: '100000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    // Long enough for `npm start` to build the site when nothing built it yet.
    const timer = setTimeout(() => reject(new Error('the portal did not start in 8 min')), 480_000);
    server.stdout?.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (/Prevenir is ready/.test(chunk.toString())) {
        clearTimeout(timer);
        console.log(`(started in ${Math.round((performance.now() - started) / 1000)} s)`);
        server.stdout?.removeAllListeners('data');
        server.stdout?.resume();
        resolve();
      }
    });
    server.once('exit', (code) => reject(new Error(`npm start exited with ${code}`)));
  });
  return server;
};

const BOUNDARY = '----prevenir-hostile-input';
const part = (name: string, value: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;

const multipart = (fields: [string, string][]) =>
  Buffer.from(`${fields.map(([name, value]) => part(name, value)).join('')}--${BOUNDARY}--\r\n`);

/** The hidden fields, then an e-mail of `size` bytes, produced 64 kB at a time. */
const oversized = (hidden: [string, string][], size: number) => {
  const head = Buffer.from(
    `${hidden.map(([name, value]) => part(name, value)).join('')}--${BOUNDARY}\r\n` +
      'Content-Disposition: form-data; name="email"\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  const chunk = Buffer.alloc(64 * 1024, 'a');
  return {
    length: head.length + Math.ceil(size / chunk.length) * chunk.length + tail.length,
    *chunks() {
      yield head;
      for (let sent = 0; sent < size; sent += chunk.length) yield chunk;
      yield tail;
    },
  };
};

/** Multipart bodies no browser sends: [what, body, Content-Type]. */
const UNREADABLE_FORMS = [
  [
    'a file name with a stray quote',
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="email"; filename=""><b>"\r\n\r\nx\r\n` +
      `--${BOUNDARY}--\r\n`,
    MULTIPART,
  ],
  [
    'no closing boundary',
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="email"\r\n\r\nx`,
    MULTIPART,
  ],
  ['no boundary', 'email=x', 'multipart/form-data'],
] as const;

/** The `name=value` of each cookie a response sets. */
const cookiesOf = (response: Observed) =>
  [response.headers['set-cookie'] ?? []].flat().map((cookie) => cookie.split(';')[0]!);

/** next-auth's credentials callback, posted as its sign-in page does, with a fresh CSRF token. */
const credentialsCallback = async () => {
  const csrf = await send({ group: 'forms', method: 'GET', path: '/api/auth/csrf' });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookies = cookiesOf(csrf);
  const post = (email: string, password: string): Sent => ({
    group: 'forms',
    method: 'POST',
    path: '/api/auth/callback/credentials',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: ORIGIN,
      Cookie: cookies.join('; '),
    },
    body: Buffer.from(new URLSearchParams({ csrfToken, email, password }).toString()),
  });
  return { cookies, post };
};

const FORMS = [
  { page: '/es/sign-in', fields: (v: string) => ({ email: v, password: v }) },
  { page: '/en/forgot-password', fields: (v: string) => ({ email: v }) },
  {
    page: `/pt/reset-password?token=${'A'.repeat(43)}`,
    fields: (v: string) => ({ token: v, newPassword: v, confirmPassword: v }),
  },
  {
    page: '/en/countries/argentina/correction',
    fields: (v: string) => ({ field: v, proposedValue: v, sourceUrl: v, contactEmail: v }),
  },
  {
    page: '/pt/mechanisms/peru-npm/correction',
    fields: (v: string) => ({ field: v, proposedValue: v, sourceUrl: v, contactEmail: v }),
  },
  {
    page: '/es/contact',
    fields: (v: string) => ({ name: v, email: v, topic: v, message: v }),
  },
  {
    page: '/en/subscribe',
    fields: (v: string) => ({ email: v, locale: v, frequency: v, contentTypes: v, themeIds: v }),
  },
];

/**
 * The sign-in, forgot- and reset-password, correction, contact and subscribe forms posted as a
 * browser without JS does (multipart, with the form's hidden `$ACTION_…` fields and our Origin),
 * next-auth's credentials callback, one-click unsubscribe POSTs, and bodies over the limit to the
 * sign-in action.
 */
const formProbes = async (): Promise<Sent[]> => {
  const sent: Sent[] = [];
  const headers = { 'Content-Type': MULTIPART, Origin: ORIGIN, Accept: 'text/html' };
  let signInFields: [string, string][] = [];
  for (const form of FORMS) {
    const hidden = hiddenFields(
      (await send({ group: 'forms', method: 'GET', path: form.page })).body,
    );
    if (hidden.length === 0) throw new Error(`no server-action fields in ${form.page}'s form`);
    if (form.page === '/es/sign-in') signInFields = hidden;
    for (const payload of FORM_PAYLOADS) {
      const fields = form.fields(payload);
      sent.push({
        group: 'forms',
        method: 'POST',
        path: form.page,
        headers,
        // The hostile value replaces a hidden field of the same name (the reset token).
        body: multipart([
          ...hidden.filter(([name]) => !(name in fields)),
          ...Object.entries(fields),
        ]),
      });
    }
  }

  const { post } = await credentialsCallback();
  for (const payload of FORM_PAYLOADS) sent.push(post(payload, payload));

  // RFC 8058 one-click unsubscribe: a POST from a mail provider, with any token.
  for (const payload of FORM_PAYLOADS) {
    sent.push({
      group: 'forms',
      method: 'POST',
      path: `/api/subscriptions/unsubscribe?token=${encodeURIComponent(payload)}`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: Buffer.from('List-Unsubscribe=One-Click'),
    });
  }

  // A multipart body that cannot be read as a form got a 500 from any server action (400 now);
  // the route handlers that take a POST may answer it otherwise, but not with a 5xx.
  const handlers = ['/api/auth/callback/credentials', '/api/subscriptions/unsubscribe?token=x'];
  for (const page of [...FORMS.map((form) => form.page), ...handlers]) {
    for (const [note, body, type] of UNREADABLE_FORMS) {
      sent.push({
        group: 'unreadable forms',
        method: 'POST',
        path: page,
        note,
        headers: { ...headers, 'Content-Type': type },
        body: Buffer.from(body),
        ...(!handlers.includes(page) && { expected: { status: 400 } }),
      });
    }
  }

  // Issue 11: a body over the limit to a server action got a 500. Declared and chunked.
  const body = oversized(signInFields, OVER_LIMIT_BYTES);
  const tooLarge = (declared: boolean): Sent => ({
    group: 'issue 11 regressions',
    method: 'POST',
    path: '/es/sign-in',
    headers: { ...headers, ...(declared && { 'Content-Length': String(body.length) }) },
    body: () => body.chunks(),
    expected: { status: 413 },
  });
  sent.push(tooLarge(true), tooLarge(false));
  // Issue 11: a NUL in the sign-in e-mail got a 500.
  sent.push({
    group: 'issue 11 regressions',
    method: 'POST',
    path: '/es/sign-in',
    headers,
    body: multipart([...signInFields, ['email', 'ana\u0000@example.org'], ['password', 'x']]),
  });
  return sent;
};

const ADMIN = { email: 'admin@hostile.test', password: randomBytes(24).toString('base64url') };

/** An admin account in the run's own database, and its session cookie from a real sign-in. */
const signInAsAdmin = async (): Promise<string> => {
  await runBin(
    'tsx',
    [
      '--conditions=react-server',
      'scripts/create-user.ts',
      '--email',
      ADMIN.email,
      '--role',
      'admin',
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        DATABASE_URL: `postgresql://prevenir:prevenir@127.0.0.1:${DB_PORT}/prevenir`,
        PREVENIR_NEW_USER_PASSWORD: ADMIN.password,
      },
    },
  );
  const { cookies, post } = await credentialsCallback();
  const signedIn = await send(post(ADMIN.email, ADMIN.password));
  const cookie = [...cookies, ...cookiesOf(signedIn)].join('; ');
  const admin = await send({
    group: 'sign-in',
    method: 'GET',
    path: '/es/admin',
    headers: { Cookie: cookie },
  });
  if (admin.status !== 200) throw new Error(`signed in, /es/admin answered ${admin.status}`);
  return cookie;
};

/**
 * The recommendations CSV import, posted as a browser without JS does: each hostile file checked
 * (dry run) and imported, and hostile values for its other fields.
 */
const importProbes = async (cookie: string): Promise<Sent[]> => {
  const page = '/es/admin/recommendations/import';
  const hidden = hiddenFields(
    (await send({ group: 'sign-in', method: 'GET', path: page, headers: { Cookie: cookie } })).body,
  );
  if (hidden.length === 0) throw new Error(`no server-action fields in ${page}'s form`);
  const headers = {
    'Content-Type': MULTIPART,
    Origin: ORIGIN,
    Accept: 'text/html',
    Cookie: cookie,
  };
  const upload = (fields: [string, string][], name: string, bytes: Buffer): Sent => ({
    group: 'back office CSV import',
    method: 'POST',
    path: page,
    note: `${name}, mode ${fields.at(-1)?.[1] ?? ''}`,
    headers,
    body: Buffer.concat([
      Buffer.from(
        fields.map(([field, value]) => part(field, value)).join('') +
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
          'Content-Type: text/csv\r\n\r\n',
      ),
      bytes,
      Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    ]),
  });
  return [
    ...HOSTILE_CSVS.flatMap(({ name, bytes }) =>
      ['dryRun', 'commit'].map((mode) => upload([...hidden, ['mode', mode]], name, bytes)),
    ),
    ...FORM_PAYLOADS.map((payload) =>
      upload([...hidden, ['mode', payload], ['publish', payload]], payload, HOSTILE_CSVS[0]!.bytes),
    ),
  ];
};

const abbreviate = (text: string) => (text.length > 100 ? `${text.slice(0, 100)}…` : text);

type Tally = { requests: number; failed: number; slow: number };

/** The issue's bound for an answer: counted and listed, not failed on (see the head comment). */
const SLOW_MS = 2000;

/** The reference for the answer times: plain page requests, timed one after another. */
const plainPageMedian = async () => {
  const times: number[] = [];
  for (let i = 0; i < 15; i += 1)
    times.push((await send({ method: 'GET', path: '/es', group: 'reference' })).ms);
  return median(times);
};

const run = async () => {
  const started = performance.now();
  const cookie = await signInAsAdmin();
  const probes: Sent[] = [
    ...hostileProbes(),
    ...signedInProbes(cookie),
    ...(await importProbes(cookie)),
    ...(await formProbes()),
  ];
  const failures: string[] = [];
  const counts = { serverErrors: 0, reflections: 0, headers: 0, other: 0, slow: 0 };
  const times: number[] = [];
  const groups = new Map<string, Tally>();
  let slowest = 0;
  const slow: { path: string; ms: number }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < probes.length) {
      const probe = probes[next++]!;
      let problems: string[];
      let status = '—';
      const tally = groups.get(probe.group) ?? { requests: 0, failed: 0, slow: 0 };
      groups.set(probe.group, tally);
      tally.requests += 1;
      try {
        let observed = await send(probe);
        // A shared machine can stall one answer: a slow request is sent once more, and fails
        // the run only if it is slow again.
        if (observed.ms > SLOW_MS) observed = await send(probe);
        slowest = Math.max(slowest, observed.ms);
        times.push(observed.ms);
        problems = problemsOf(observed, probe.expected);
        if (observed.ms > SLOW_MS) {
          tally.slow += 1;
          slow.push({ path: `${probe.method} ${abbreviate(probe.path)}`, ms: observed.ms });
          problems.push(`slower than 2 s twice (${Math.round(observed.ms)} ms)`);
        }
        status = String(observed.status);
      } catch (error) {
        problems = [`no answer: ${(error as Error).message}`];
      }
      if (problems.length === 0) continue;
      tally.failed += 1;
      const has = (pattern: RegExp) => problems.some((problem) => pattern.test(problem));
      if (has(/^status [5]|^no answer/)) counts.serverErrors += 1;
      if (has(/^unescaped/)) counts.reflections += 1;
      if (has(/^no (?!answer)|^header/)) counts.headers += 1;
      if (has(/expected/)) counts.other += 1;
      if (has(/^slower/)) counts.slow += 1;
      const notes = [
        (probe.headers?.Host || probe.headers?.['X-Forwarded-Host']) && 'forged host',
        typeof probe.body === 'function' &&
          `30 MB body, ${probe.headers?.['Content-Length'] ? 'declared' : 'chunked'}`,
        probe.note && abbreviate(JSON.stringify(probe.note)),
      ].filter(Boolean);
      failures.push(
        `${probe.method} ${abbreviate(probe.path)}${notes.length ? ` (${notes.join(', ')})` : ''}` +
          ` → ${status}: ${problems.join('; ')}`,
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  const n = (value: number) => value.toLocaleString('en-US');
  const seconds = Math.round((performance.now() - started) / 1000);
  console.log(`\nHostile-input run (${seconds} s)`);
  for (const [group, { requests, failed, slow: late }] of groups) {
    console.log(
      `  ${group}: ${n(requests)} requests, ${n(failed)} failed, ${n(late)} over 2 s twice`,
    );
  }
  if (failures.length > 0)
    console.log(`\nFailures:\n${failures.map((f) => `  ✖ ${f}`).join('\n')}`);
  console.log(
    `\n${n(probes.length)} requests: ${n(counts.serverErrors)} 5xx or unanswered, ` +
      `${n(counts.reflections)} unescaped reflections, ${n(counts.headers)} missing or ` +
      `blown-up headers, ${n(counts.other)} other unexpected statuses, ${n(counts.slow)} slower ` +
      `than 2 s (twice)`,
  );
  const reference = await plainPageMedian();
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  console.log(
    `Answer times: p50 ${n(Math.round(percentile(times, 50)))} ms, p95 ${n(Math.round(p95))} ms, ` +
      `slowest ${n(Math.round(slowest))} ms; a plain GET /es in the same run: median ` +
      `${n(Math.round(reference))} ms (hostile p95 = ${(p95 / reference).toFixed(1)}× that)`,
  );
  if (slow.length > 0) {
    const worst = slow.sort((a, b) => b.ms - a.ms).slice(0, 10);
    console.log(`Over 2 s twice: ${n(slow.length)}; the slowest:`);
    for (const { path, ms } of worst) console.log(`  ${n(Math.round(ms))} ms  ${path}`);
  }
  console.log(`${probes.length - failures.length} passed, ${failures.length} failed`);
  return failures.length === 0;
};

const server = await startServer();
let ok = false;
try {
  ok = await run();
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}
process.exit(ok ? 0 : 1);
