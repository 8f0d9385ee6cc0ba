// `npm run bench:export`: exports 100,000 generated documents as CSV and JSON through the export
// route's own code, in a throwaway PostgreSQL of its own, and prints the peak memory. The
// reference, measured in the same run, is the same export gathered into one string in memory (what
// a non-streamed export would hold): figures are printed as ratios against it.
//
// Run with `tsx --conditions react-server` (the npm script does): that condition resolves the
// `server-only` marker package to its empty module outside Next.js.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { startEmbeddedPostgres } from '../lib/embedded-postgres';
import { generateCorpus } from '../search/generate-corpus';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '55207' },
    documents: { type: 'string', default: '100000' },
  },
});
const DOCUMENTS = Number(values.documents);
const MB = 1024 * 1024;
const step = (message: string) => console.log(`\n▶ ${message}`);

/** Peak RSS and heap above the starting point while `work` runs, sampled every 10 ms. */
const measurePeak = async (work: () => Promise<number>) => {
  globalThis.gc?.();
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 10);
  const began = performance.now();
  const bytes = await work();
  clearInterval(sampler);
  return {
    bytes,
    seconds: (performance.now() - began) / 1000,
    rss: (peakRss - start.rss) / MB,
    heap: (peakHeap - start.heapUsed) / MB,
  };
};

const dataDir = mkdtempSync(path.join(tmpdir(), 'prevenir-export-bench-'));
step(`Starting PostgreSQL in ${dataDir} (port ${values.port})`);
const database = await startEmbeddedPostgres({
  dataDir,
  port: Number(values.port),
  database: 'prevenir_export_bench',
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
  step(`Generating ${DOCUMENTS.toLocaleString('en')} documents`);
  await generateCorpus(database.url, {
    documents: DOCUMENTS,
    mechanisms: 10,
    events: 10,
    log: (message) => console.log(`  ${message}`),
  });

  // The app's modules read these when first imported.
  process.env.DATABASE_URL = database.url;
  process.env.API_RATE_LIMIT = '100000';
  const { exportResponse } = await import('@/server/open-data/exports/export-response');
  const { prisma } = await import('@/server/db');
  const published = await prisma.document.count({ where: { status: 'PUBLISHED' } });

  const open = async (file: string) =>
    (await exportResponse(new Request(`http://localhost/api/v1/exports/${file}`), file)).body!;
  /** Reads the export's stream to its end, handing each chunk to `keep`. */
  const read = async (file: string, keep: (chunk: Uint8Array) => void) => {
    const reader = (await open(file)).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) keep(next.value);
  };
  const streamed = (file: string) => async () => {
    let bytes = 0;
    await read(file, (chunk) => (bytes += chunk.byteLength));
    return bytes;
  };
  const gathered = (file: string) => async () => {
    const chunks: Uint8Array[] = [];
    await read(file, (chunk) => chunks.push(chunk));
    return Buffer.concat(chunks).toString('utf8').length;
  };

  for (const file of ['documents.csv', 'documents.json']) {
    await streamed(file)(); // warm-up: module loading and query plans are not the export's
    const reference = await measurePeak(gathered(file));
    const measured = await measurePeak(streamed(file));
    step(`${file}: ${published.toLocaleString('en')} published documents`);
    console.log(
      `  streamed:  ${(measured.bytes / MB).toFixed(1)} MB out in ${measured.seconds.toFixed(1)} s; ` +
        `peak +${measured.rss.toFixed(1)} MB RSS, +${measured.heap.toFixed(1)} MB heap`,
    );
    console.log(
      `  in memory: peak +${reference.rss.toFixed(1)} MB RSS, +${reference.heap.toFixed(1)} MB heap`,
    );
    console.log(
      `  ratio streamed / in memory: RSS ${(measured.rss / reference.rss).toFixed(2)}, ` +
        `heap ${(measured.heap / reference.heap).toFixed(2)}`,
    );
  }
  await prisma.$disconnect();
} finally {
  await database.stop();
}
process.exit(0);
