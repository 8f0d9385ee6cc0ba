// `npm run bench:pages`: the public pages' performance budget, measured against a production
// build on a throwaway database holding the seed plus 2,000 documents and 500 events.
// Prints median/p95 server render time per page, first-load JavaScript (bytes transferred, as
// served to a browser: brotli), throughput and latency under load (wrk) against nginx serving
// the same bytes in the same run, and Lighthouse.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { buildSite } from '../lib/build-site';
import { startEmbeddedPostgres } from '../lib/embedded-postgres';
import { percentile } from '../lib/percentile';
import { forwardSignal, run, spawnBin } from '../lib/run';
import { measureCpuNoise } from './cpu-noise';
import { generatePortalLoad } from './generate-portal-load';
import { measureFirstLoadJs } from './measure-first-load-js';
import { startNginxReference } from './nginx-reference';
import { runLighthouse } from './run-lighthouse';
import { runWrk } from './run-wrk';

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const DB_PORT = Number(process.env.BENCH_DB_PORT ?? 55400);
const NGINX_PORT = Number(process.env.BENCH_NGINX_PORT ?? 3401);
const BASE = `http://127.0.0.1:${PORT}`;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
/** The search target is a p95: at about 25 searches a second, some 375 of them. */
const SEARCH_SECONDS = Number(process.env.BENCH_SEARCH_SECONDS ?? 15);
const BUDGET_MS = 150;
const JS_BUDGET_BYTES = 120 * 1024;

const PAGES = [
  '/es',
  '/en/countries',
  '/pt/countries/peru',
  '/es/mechanisms',
  '/en/mechanisms/peru-npm',
  '/es/mechanisms?country=argentina&level=LOCAL',
  '/en/documents',
  '/es/documents?sort=title&page=40',
  '/pt/documents/bench-doc-1234',
  '/es/documents/buenos-aires-declaration-2013',
  '/en/events',
  '/es/events/southern-cone-conference-2013',
  '/en/search?q=unannounced+visits',
];
/** Under load: wrk against the server and against nginx serving the same bytes. */
const LOAD_PAGES = [
  ['home', '/es'],
  ['country', '/es/countries/peru'],
  ['directory', '/es/mechanisms'],
  ['library', '/es/documents'],
  ['search', '/es/search?q=visitas+sin+aviso'],
] as const;
const LOAD_CONNECTIONS = [10, 50];
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
/** A Spanish-speaking anonymous visitor: what the page cache serves (and what nginx serves). */
const VISITOR = { 'Accept-Language': 'es' };
const LIGHTHOUSE_PAGES = ['/es', '/es/countries/peru', '/es/mechanisms', '/es/documents'];
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);

const timePage = async (page: string) => {
  const times: number[] = [];
  let status = 0;
  let cache = '';
  for (let i = 0; i < SAMPLES + 3; i++) {
    const start = performance.now();
    const response = await fetch(BASE + page, { headers: VISITOR });
    await response.text();
    status = response.status;
    cache = response.headers.get('x-page-cache') ?? 'none';
    if (i >= 3) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { status, cache, median: percentile(times, 50), p95: percentile(times, 95) };
};

/** The bytes the server sends for a page (uncompressed, as wrk asks for them). */
const bodyOf = async (page: string) => {
  const response = await fetch(BASE + page, {
    headers: { ...VISITOR, 'Accept-Encoding': 'identity' },
  });
  return Buffer.from(await response.arrayBuffer());
};

const compareWithNginx = async () => {
  for (const [, page] of LOAD_PAGES) await bodyOf(page);
  const bodies = new Map<string, Buffer>();
  for (const [name, page] of LOAD_PAGES) bodies.set(name, await bodyOf(page));
  const nginx = await startNginxReference(NGINX_PORT, bodies);
  const format = (value: number, digits = 1) => value.toFixed(digits).padStart(9);
  console.log(
    `\nUnder load (wrk, 1 thread, ${LOAD_SECONDS} s) against nginx (1 worker) serving the same bytes` +
      ' (targets: cached pages ≥ 0.1 of nginx, p99 < 100 ms at 50 connections)',
  );
  console.log(
    'page'.padEnd(10),
    'conns',
    '    req/s',
    'nginx req/s',
    'ratio',
    '  p50 ms',
    '  p99 ms',
    'nginx p50',
    'nginx p99',
    'errors',
  );
  try {
    for (const [name, page] of LOAD_PAGES) {
      for (const connections of LOAD_CONNECTIONS) {
        const server = await runWrk(BASE + page, connections, LOAD_SECONDS, VISITOR);
        const reference = await runWrk(nginx.urls.get(name)!, connections, LOAD_SECONDS);
        console.log(
          name.padEnd(10),
          String(connections).padStart(5),
          format(server.requestsPerSecond, 0),
          format(reference.requestsPerSecond, 0).padStart(11),
          (server.requestsPerSecond / reference.requestsPerSecond).toFixed(3).padStart(5),
          format(server.p50Ms, 2),
          format(server.p99Ms, 2),
          format(reference.p50Ms, 2),
          format(reference.p99Ms, 2),
          String(server.errors).padStart(6),
        );
      }
    }
  } finally {
    nginx.stop();
  }
};

/**
 * The uncached search page one request at a time, on an idle server: before the load runs, whose
 * queued requests (wrk's timeouts) a server may still be answering for seconds after wrk stops.
 * wrk at one connection, like the load below: a client in C takes little of the two cores the
 * server and PostgreSQL share with it (a Node.js fetch loop added about 3 ms a request). It asks
 * for gzip, as browsers do.
 */
const timeSearch = async () => {
  const search = LOAD_PAGES.find(([name]) => name === 'search')![1];
  const { requests, p50Ms, p95Ms, p99Ms } = await runWrk(BASE + search, 1, SEARCH_SECONDS, {
    ...VISITOR,
    'Accept-Encoding': 'gzip',
  });
  console.log(
    `\nSearch (never cached) at concurrency 1 (wrk, ${SEARCH_SECONDS} s, ${requests} requests):` +
      ` p50 ${p50Ms.toFixed(1)} ms, p95 ${p95Ms.toFixed(1)} ms, p99 ${p99Ms.toFixed(1)} ms` +
      ` (target: p95 < 50 ms), p95/p50 ${(p95Ms / p50Ms).toFixed(2)}`,
  );
  const noise = await measureCpuNoise(p50Ms, SEARCH_SECONDS);
  console.log(
    `Reference, this machine's noise: a fixed CPU task as long as search's p50, repeated for` +
      ` ${SEARCH_SECONDS} s (${noise.runs} runs): p50 ${noise.p50Ms.toFixed(1)} ms,` +
      ` p95 ${noise.p95Ms.toFixed(1)} ms, p95/p50 ${(noise.p95Ms / noise.p50Ms).toFixed(2)}`,
  );
};

const waitForServer = async () => {
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(BASE).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The server did not answer within 60 s');
};

const db = await startEmbeddedPostgres({
  dataDir: mkdtempSync(path.join(tmpdir(), 'prevenir-bench-')),
  port: DB_PORT,
  database: 'bench',
  persistent: false,
});
const env = {
  ...process.env,
  DATABASE_URL: db.url,
  NEXT_DIST_DIR: '.next-bench',
  NEXT_TELEMETRY_DISABLED: '1',
  // scripts/serve.ts refuses to start on a database without it.
  AUTH_SECRET: randomBytes(32).toString('base64'),
};
try {
  await run('prisma', ['migrate', 'deploy'], { env, stdio: 'ignore' });
  await run('tsx', ['prisma/seed.ts'], { env, stdio: 'ignore' });
  console.log('Generating 2,000 documents and 500 events…');
  await generatePortalLoad({ databaseUrl: db.url, documents: 2000, events: 500 });
  if (!process.env.BENCH_SKIP_BUILD) {
    console.log('Building the production site into .next-bench…');
    await buildSite({ env, stdio: 'ignore' });
  }
  spawnBin('tsx', ['scripts/serve.ts'], {
    env: { ...env, PORT: String(PORT), HOSTNAME: '127.0.0.1' },
    stdio: 'ignore',
  });
  await waitForServer();

  console.log(
    `\nServer render time over ${SAMPLES} sequential requests (budget: median < ${BUDGET_MS} ms)`,
  );
  console.log(
    'page'.padEnd(48),
    'status',
    'cache',
    'median ms',
    '  p95 ms',
    '  first-load JS (transferred)',
  );
  let worst = 0;
  for (const page of PAGES) {
    const { status, cache, median, p95 } = await timePage(page);
    const js = await measureFirstLoadJs(BASE + page);
    worst = Math.max(worst, median);
    const flags = `${median < BUDGET_MS ? '' : ' OVER'}${js < JS_BUDGET_BYTES ? '' : ' JS-OVER'}`;
    console.log(
      page.padEnd(48),
      String(status).padStart(6),
      cache.padStart(5),
      median.toFixed(1).padStart(9),
      p95.toFixed(1).padStart(8),
      `${(js / 1024).toFixed(1)} KiB`.padStart(28),
      flags,
    );
  }
  console.log(`\nSlowest median: ${worst.toFixed(1)} ms`);

  await timeSearch();
  if (!process.env.BENCH_SKIP_LOAD) await compareWithNginx();

  if (!process.env.BENCH_SKIP_LIGHTHOUSE) {
    console.log(
      `\nLighthouse (mobile, simulated throttling), median of ${LIGHTHOUSE_RUNS} runs per page:`,
    );
    const summaries = await runLighthouse(
      LIGHTHOUSE_PAGES.map((p) => BASE + p),
      LIGHTHOUSE_RUNS,
    );
    for (const [url, { median, performanceRuns }] of summaries) {
      console.log(
        url.replace(BASE, '').padEnd(30),
        `performance ${median.performance} (runs: ${performanceRuns.join(', ')})`,
        `accessibility ${median.accessibility}`,
        Object.entries(median.metrics)
          .map(
            ([name, value]) => `${name} ${name === 'CLS' ? value.toFixed(3) : Math.round(value)}`,
          )
          .join(', '),
      );
    }
  }
} finally {
  forwardSignal('SIGTERM');
  await db.stop();
}
process.exit(0);
