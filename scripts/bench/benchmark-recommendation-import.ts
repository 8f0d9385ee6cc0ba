// `npm run bench:recommendation-import`: times the recommendation CSV import on a generated file
// of 10,000 rows (about 10 MB) in a throwaway PostgreSQL of its own: the check (dry run), the
// first import, and the same file again (nothing changes). Each figure is also printed as a ratio
// to a reference measured in the same run: reading the same file through the CSV parser alone.
//
// Run with `tsx --conditions react-server` (the npm script does), like bench:search.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { CSV_HEADER, csvFile, csvRow, opener } from '../../tests/support/recommendation-csv';
import { startEmbeddedPostgres } from '../lib/embedded-postgres';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '55215' },
    rows: { type: 'string', default: '10000' },
  },
});
const ROWS = Number(values.rows);

const dataDir = mkdtempSync(path.join(tmpdir(), 'prevenir-import-bench-'));
console.log(`▶ PostgreSQL in ${dataDir} (port ${values.port})`);
const database = await startEmbeddedPostgres({
  dataDir,
  port: Number(values.port),
  database: 'prevenir_import_bench',
  persistent: false,
});

try {
  const env = { ...process.env, DATABASE_URL: database.url };
  execFileSync(path.join('node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
    env,
    stdio: 'pipe',
  });
  process.env.DATABASE_URL = database.url;
  const { prisma } = await import('@/server/db');
  const { importRecommendations } =
    await import('@/server/recommendations/import/import-recommendations');
  const { readCsvRecords } = await import('@/server/csv-import/read-csv-records');

  const country = await prisma.country.create({
    data: {
      slug: 'bench',
      iso2: 'QB',
      iso3: 'QBX',
      subregion: 'SOUTH_AMERICA',
      federal: false,
      opcatStatus: 'PARTY',
      translations: { create: [{ locale: 'es', name: 'País de prueba' }] },
    },
  });
  const user = await prisma.user.create({
    data: { email: 'bench@example.org', passwordHash: 'x', role: 'EDITOR' },
  });
  const actor = { id: user.id, email: user.email, role: user.role, mechanismId: null };

  const lines = [CSV_HEADER];
  for (let n = 1; n <= ROWS; n += 1) {
    lines.push(csvRow({ symbol: 'CAT/C/QBX/CO/1', paragraph: n, country: 'QBX', filler: 450 }));
  }
  const bytes = csvFile(lines);
  const open = opener(bytes);
  const maxBytes = 100 * 1024 * 1024;

  const time = async (label: string, run: () => Promise<unknown>) => {
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    const result = await run();
    const ms = performance.now() - start;
    const heapDelta = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    return { label, ms, heapDelta, result };
  };

  const reference = await time('parse only (reference)', async () => {
    let count = 0;
    for await (const record of readCsvRecords(open(), maxBytes))
      count += record.fields.length > 0 ? 1 : 0;
    return count;
  });
  const runs = [
    reference,
    await time('check (dry run)', () =>
      importRecommendations({ actor, open, commit: false, maxBytes }),
    ),
    await time('first import', () =>
      importRecommendations({ actor, open, commit: true, maxBytes }),
    ),
    await time('same file again', () =>
      importRecommendations({ actor, open, commit: true, maxBytes }),
    ),
  ];
  console.log(
    `\nFile: ${ROWS.toLocaleString('en')} rows, ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; country ${country.slug}`,
  );
  for (const { label, ms, heapDelta, result } of runs) {
    const counts =
      result && typeof result === 'object' && 'created' in result
        ? (({ created, updated, unchanged, errors }) =>
            ` created ${created}, updated ${updated}, unchanged ${unchanged}, errors ${errors.length}`)(
            result as { created: number; updated: number; unchanged: number; errors: unknown[] },
          )
        : '';
    console.log(
      `${label.padEnd(24)} ${(ms / 1000).toFixed(2).padStart(7)} s  ×${(ms / reference.ms).toFixed(1).padStart(6)} of parse  heap Δ ${heapDelta.toFixed(0).padStart(4)} MB${counts}`,
    );
  }
  console.log(`Stored: ${await prisma.recommendation.count()} recommendations`);
  await prisma.$disconnect();
} finally {
  await database.stop();
}
