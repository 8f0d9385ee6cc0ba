// Writes the next SQL migration by diffing the last committed schema against the working one.
// `prisma migrate dev` cannot run offline here (shared/STACK.md), so this stands in for it.
// Usage: npm run db:migration:new -- <name>
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { startEmbeddedPostgres } from './lib/embedded-postgres';

const SCHEMA = 'prisma/schema.prisma';
const MIGRATIONS = 'prisma/migrations';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:migration:new -- <name_in_snake_case>');
  process.exit(1);
}

const committedSchema = (): string | null => {
  try {
    return execFileSync('git', ['show', `HEAD:${SCHEMA}`], { encoding: 'utf8', stdio: 'pipe' });
  } catch {
    return null;
  }
};

const previous = committedSchema();
const hasMigrations = readdirSync(MIGRATIONS, { withFileTypes: true }).some((e) => e.isDirectory());
const from = (() => {
  if (!previous || !hasMigrations) return ['--from-empty'];
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'prevenir-')), 'schema.prisma');
  writeFileSync(file, previous);
  return ['--from-schema-datamodel', file];
})();

// The JS schema engine connects through its adapter even for a schema-to-schema diff,
// so a throwaway cluster gives it something to connect to.
const scratch = await startEmbeddedPostgres({
  dataDir: mkdtempSync(path.join(tmpdir(), 'prevenir-diff-')),
  port: 54329,
  database: 'diff',
  persistent: false,
});
let sql: string;
try {
  sql = execFileSync(
    'npx',
    ['prisma', 'migrate', 'diff', ...from, '--to-schema-datamodel', SCHEMA, '--script'],
    { encoding: 'utf8', env: { ...process.env, DATABASE_URL: scratch.url } },
  );
} finally {
  await scratch.stop();
}

if (!/^\s*[A-Z]/m.test(sql.replace(/^--.*$/gm, ''))) {
  console.log('The schema has not changed since the last commit: no migration written.');
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(MIGRATIONS, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql);
console.log(
  `Wrote ${dir}/migration.sql — review it, add any raw SQL Prisma cannot express, commit it.`,
);
