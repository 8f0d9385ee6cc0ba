// `npm run bench:search`: measures the portal's search on a synthetic corpus of 10,000 and then
// 100,000 documents, in a throwaway PostgreSQL of its own. Each size runs the fixed 200 queries
// (scripts/search/benchmark-queries.ts) through the app's own searchContent() at concurrency 1
// and 8 and prints p50/p95/p99 latency and queries per second; then, at concurrency 1, the same
// queries without thesaurus expansion, to show what expansion costs (a ratio within one run).
//
// Run with `tsx --conditions react-server` (the npm script does): that condition resolves the
// `server-only` marker package to its empty module outside Next.js.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { startEmbeddedPostgres } from '../lib/embedded-postgres';
import { percentile } from '../lib/percentile';
import { BENCHMARK_QUERIES, type BenchmarkQuery } from './benchmark-queries';
import { type CorpusSize, generateCorpus } from './generate-corpus';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '55205' },
    /** Times each query runs per measurement (after one warm-up pass). */
    rounds: { type: 'string', default: '2' },
    /** Comma-separated document counts; mechanisms and events scale with them. */
    sizes: { type: 'string', default: '10000,100000' },
  },
});
const ROUNDS = Number(values.rounds);
const SIZES = values.sizes.split(',').map(Number);
const CONCURRENCY = [1, 8];

const sizeFor = (documents: number): CorpusSize => ({
  documents,
  // 100,000 documents come with 1,000 mechanisms and 5,000 events.
  mechanisms: Math.round(documents / 100),
  events: Math.round(documents / 20),
});

const step = (message: string) => console.log(`\n▶ ${message}`);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

type Measurement = {
  documents: number;
  concurrency: number;
  expand: boolean;
  queries: number;
  p50: number;
  p95: number;
  p99: number;
  qps: number;
  byKind: Record<string, number>;
};

const dataDir = mkdtempSync(path.join(tmpdir(), 'prevenir-bench-'));
step(`Starting PostgreSQL in ${dataDir} (port ${values.port})`);
const database = await startEmbeddedPostgres({
  dataDir,
  port: Number(values.port),
  database: 'prevenir_bench',
  persistent: false,
});

try {
  const env = { ...process.env, DATABASE_URL: database.url };
  step('Migrating and seeding');
  execFileSync(path.join('node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
    env,
    stdio: 'pipe',
  });
  execFileSync(path.join('node_modules', '.bin', 'tsx'), ['prisma/seed.ts'], {
    env,
    stdio: 'pipe',
  });

  // The app's modules read DATABASE_URL when first imported.
  process.env.DATABASE_URL = database.url;
  const { searchContent } = await import('@/server/search/search-content');
  const { prisma } = await import('@/server/db');

  const run = (item: BenchmarkQuery, expand = true) =>
    searchContent({ locale: item.locale, query: item.query, expand });

  const measure = async (
    documents: number,
    concurrency: number,
    expand = true,
  ): Promise<Measurement> => {
    const jobs = Array.from({ length: ROUNDS }, () => BENCHMARK_QUERIES).flat();
    const latencies: { kind: string; ms: number }[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < jobs.length) {
          const item = jobs[next++]!;
          const t = performance.now();
          await run(item, expand);
          latencies.push({ kind: item.kind, ms: performance.now() - t });
        }
      }),
    );
    const wall = (performance.now() - started) / 1000;
    const sorted = latencies.map((l) => l.ms).sort((a, b) => a - b);
    const byKind: Record<string, number> = {};
    for (const kind of new Set(latencies.map((l) => l.kind))) {
      const own = latencies
        .filter((l) => l.kind === kind)
        .map((l) => l.ms)
        .sort((a, b) => a - b);
      byKind[kind] = percentile(own, 95);
    }
    return {
      documents,
      concurrency,
      expand,
      queries: latencies.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      qps: latencies.length / wall,
      byKind,
    };
  };

  const results: Measurement[] = [];
  let done: Partial<CorpusSize> = {};
  for (const documents of SIZES) {
    const size = sizeFor(documents);
    step(`Generating the corpus up to ${JSON.stringify(size)}`);
    const generating = performance.now();
    await generateCorpus(database.url, { ...size, from: done, log: console.log });
    done = size;
    console.log(`  corpus ready in ${seconds(generating)}`);
    const [counted] = await prisma.$queryRaw<{ entries: number }[]>`
      SELECT count(*)::int AS entries FROM "SearchEntry"`;
    console.log(`  ${counted?.entries} search entries`);

    step(`Warm-up: the ${BENCHMARK_QUERIES.length} queries once`);
    for (const item of BENCHMARK_QUERIES) await run(item);
    const runs = [...CONCURRENCY.map((c) => [c, true] as const), [1, false] as const];
    for (const [concurrency, expand] of runs) {
      const result = await measure(documents, concurrency, expand);
      results.push(result);
      console.log(
        `  ${documents} documents, concurrency ${concurrency}${expand ? '' : ', no expansion'}: p50 ${result.p50.toFixed(1)} ms, ` +
          `p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${result.qps.toFixed(0)} q/s`,
      );
      console.log(
        `    p95 by kind: ${Object.entries(result.byKind)
          .map(([k, v]) => `${k} ${v.toFixed(1)} ms`)
          .join(', ')}`,
      );
    }
  }
  await prisma.$disconnect();

  step('Results');
  console.log(
    `Machine: ${availableParallelism()} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `${BENCHMARK_QUERIES.length} queries × ${ROUNDS} rounds per line, after a warm-up pass.\n`,
  );
  console.log(
    '| Documents | Concurrency | Thesaurus | p50 (ms) | p95 (ms) | p99 (ms) | Queries/s |',
  );
  console.log(
    '| --------: | ----------: | :-------- | -------: | -------: | -------: | --------: |',
  );
  for (const r of results)
    console.log(
      `| ${r.documents.toLocaleString('en')} | ${r.concurrency} | ${r.expand ? 'on' : 'off'} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.qps.toFixed(0)} |`,
    );
  for (const documents of SIZES) {
    const on = results.find((r) => r.documents === documents && r.concurrency === 1 && r.expand);
    const off = results.find((r) => r.documents === documents && !r.expand);
    if (on && off)
      console.log(
        `Thesaurus expansion at ${documents.toLocaleString('en')} documents: p50 ` +
          `${(on.p50 / off.p50).toFixed(2)}×, p95 ${(on.p95 / off.p95).toFixed(2)}× the search without it.`,
      );
  }
  const first = results.find((r) => r.documents === SIZES[0] && r.concurrency === 1 && r.expand);
  const last = results.find((r) => r.documents === SIZES.at(-1) && r.concurrency === 1 && r.expand);
  if (first && last && first !== last)
    console.log(
      `\np95 at concurrency 1 grew ${(last.p95 / first.p95).toFixed(2)}× for ` +
        `${(last.documents / first.documents).toFixed(0)}× the documents.`,
    );
} finally {
  await database.stop();
}
