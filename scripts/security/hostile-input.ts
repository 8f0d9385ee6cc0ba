// `npm run test:hostile`: starts the built portal on its own port and database, sends it the
// hostile corpus (scripts/security/hostile-corpus.ts) and fails on any 5xx, unescaped reflection,
// missing security header, blown-up header or response slower than 2 s. Prints the counts.
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';

import { FORM_PAYLOADS, HOSTILE_HEADERS, hostilePaths } from './hostile-corpus';
import { type Observed, problemsOf } from './hostile-checks';

const PORT = Number(process.env.HOSTILE_PORT || 3300);
const DATA_DIR = '.data/hostile-postgres';
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CONCURRENCY = 3;

type Sent = { method: string; path: string; headers?: Record<string, string>; body?: Buffer };

/** One raw request: the path goes out exactly as written, invalid sequences included. */
const send = ({ method, path, headers = {}, body }: Sent) =>
  new Promise<Observed>((resolve, reject) => {
    const started = performance.now();
    const outgoing = request(
      { host: '127.0.0.1', port: PORT, method, path, headers, timeout: 10_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
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
    outgoing.on('error', reject);
    outgoing.end(body);
  });

const startServer = async (): Promise<ChildProcess> => {
  rmSync(DATA_DIR, { recursive: true, force: true });
  // tsx itself, not through npx: SIGTERM must reach scripts/start.ts, which stops its children.
  const server = spawn(path.join('node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOSTNAME: '127.0.0.1',
      DATABASE_URL: '',
      PREVENIR_DATA_DIR: DATA_DIR,
      PREVENIR_DB_PORT: String(Number(process.env.HOSTILE_DB_PORT || 54350)),
      SITE_URL: ORIGIN,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the portal did not start in 8 minutes')),
      480_000,
    );
    server.stdout?.on('data', (chunk: Buffer) => {
      if (/Prevenir is ready/.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.once('exit', (code) => reject(new Error(`npm start exited with ${code}`)));
  });
  return server;
};

/** The hidden fields React renders into a server-action form, as a browser without JS posts them. */
const formFields = (html: string): [string, string][] => {
  const form = /<main[\s\S]*?<form[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? '';
  return [...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].flatMap(([tag]) => {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? '';
    return name
      ? [[name.replace(/&amp;/g, '&'), value.replace(/&quot;/g, '"').replace(/&amp;/g, '&')]]
      : [];
  });
};

const multipart = (fields: [string, string][]) => {
  const boundary = `----prevenir${Date.now()}`;
  const parts = fields.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`),
    type: `multipart/form-data; boundary=${boundary}`,
  };
};

/** Posts of each auth form with hostile values, and one body over the upload limit. */
const formRequests = async (): Promise<Sent[]> => {
  const forms = [
    {
      page: '/es/sign-in',
      fields: (v: string) => [
        ['email', v],
        ['password', v],
      ],
    },
    { page: '/en/forgot-password', fields: (v: string) => [['email', v]] },
    {
      page: '/pt/reset-password?token=abc',
      fields: (v: string) => [
        ['token', v],
        ['newPassword', v],
        ['confirmPassword', v],
      ],
    },
  ] as const;
  const sent: Sent[] = [];
  for (const form of forms) {
    const hidden = formFields((await send({ method: 'GET', path: form.page })).body);
    for (const payload of FORM_PAYLOADS) {
      const { body, type } = multipart([
        ...hidden,
        ...(form.fields(payload) as [string, string][]),
      ]);
      sent.push({
        method: 'POST',
        path: form.page,
        headers: { 'Content-Type': type, Origin: ORIGIN, Accept: 'text/html' },
        body,
      });
    }
  }
  sent.push({
    method: 'POST',
    path: '/es/sign-in',
    headers: { 'Content-Type': 'multipart/form-data; boundary=x', Origin: ORIGIN },
    body: Buffer.alloc(30 * 1024 * 1024),
  });
  return sent;
};

const run = async () => {
  const requests: Sent[] = [
    ...hostilePaths().map((path) => ({ method: 'GET', path })),
    ...HOSTILE_HEADERS.flatMap((headers) =>
      ['/es', '/es/countries', '/api/search?q=tortura'].map((path) => ({
        method: 'GET',
        path,
        headers,
      })),
    ),
    ...(await formRequests()),
  ];
  const failures: string[] = [];
  const counts = { requests: 0, status5xx: 0, reflected: 0, headers: 0, slow: 0 };
  let slowest = 0;
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const sent = requests[next++]!;
      const label = `${sent.method} ${sent.path.slice(0, 100)}${sent.path.length > 100 ? '…' : ''}`;
      let problems: string[];
      try {
        const observed = await send(sent);
        slowest = Math.max(slowest, observed.ms);
        problems = problemsOf(observed);
      } catch (error) {
        problems = [`no answer: ${(error as Error).message}`];
      }
      counts.requests += 1;
      if (problems.some((p) => p.startsWith('status') || p.startsWith('no answer')))
        counts.status5xx += 1;
      if (problems.some((p) => p.startsWith('unescaped'))) counts.reflected += 1;
      if (
        problems.some(
          (p) => (p.startsWith('no ') && !p.startsWith('no answer')) || p.startsWith('header'),
        )
      )
        counts.headers += 1;
      if (problems.some((p) => p.startsWith('took'))) counts.slow += 1;
      if (problems.length > 0) failures.push(`${label}: ${problems.join(', ')}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  for (const failure of failures) console.log(`✖ ${failure}`);
  console.log(
    `${counts.requests} hostile requests: ${counts.status5xx} 5xx or unanswered, ` +
      `${counts.reflected} unescaped reflections, ${counts.headers} with missing or oversized ` +
      `headers, ${counts.slow} slower than 2 s; slowest ${Math.round(slowest)} ms`,
  );
  console.log(`${counts.requests - failures.length} passed, ${failures.length} failed`);
  return failures.length === 0;
};

const server = await startServer();
let ok = false;
try {
  ok = await run();
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
}
process.exit(ok ? 0 : 1);
