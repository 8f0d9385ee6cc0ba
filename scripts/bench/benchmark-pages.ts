// `npm run bench:pages`: the public pages' performance budget, measured against a production
// build on a throwaway database holding the seed plus 2,000 documents and 500 events.
// Prints median/p95 server render time per page, first-load JavaScript (bytes transferred, as
// served to a browser: brotli) and Lighthouse.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { buildSite } from '../lib/build-site';
import { startEmbeddedPostgres } from '../lib/embedded-postgres';
import { percentile } from '../lib/percentile';
import { forwardSignal, run, spawnBin } from '../lib/run';
import { generatePortalLoad } from './generate-portal-load';
import { measureFirstLoadJs } from './measure-first-load-js';
import { runLighthouse } from './run-lighthouse';

const PORT = 3400;
const BASE = `http://127.0.0.1:${PORT}`;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
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
const LIGHTHOUSE_PAGES = ['/es', '/es/countries/peru', '/es/mechanisms', '/es/documents'];
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);

const timePage = async (page: string) => {
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < SAMPLES + 3; i++) {
    const start = performance.now();
    const response = await fetch(BASE + page);
    await response.text();
    status = response.status;
    if (i >= 3) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { status, median: percentile(times, 50), p95: percentile(times, 95) };
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
  port: 55400,
  database: 'bench',
  persistent: false,
});
const env = {
  ...process.env,
  DATABASE_URL: db.url,
  NEXT_DIST_DIR: '.next-bench',
  NEXT_TELEMETRY_DISABLED: '1',
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
    'median ms',
    '  p95 ms',
    '  first-load JS (transferred)',
  );
  let worst = 0;
  for (const page of PAGES) {
    const { status, median, p95 } = await timePage(page);
    const js = await measureFirstLoadJs(BASE + page);
    worst = Math.max(worst, median);
    const flags = `${median < BUDGET_MS ? '' : ' OVER'}${js < JS_BUDGET_BYTES ? '' : ' JS-OVER'}`;
    console.log(
      page.padEnd(48),
      String(status).padStart(6),
      median.toFixed(1).padStart(9),
      p95.toFixed(1).padStart(8),
      `${(js / 1024).toFixed(1)} KiB`.padStart(28),
      flags,
    );
  }
  console.log(`\nSlowest median: ${worst.toFixed(1)} ms`);

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
