// Brings an existing database in step with prisma/data (corrections, new sources, new rows),
// keeping what editors changed: `npm run db:update` (`npm start` runs it after the seed).
import { PrismaPg } from '@prisma/adapter-pg';

import { PrismaClient } from '@/generated/prisma/client';

import { runDataUpdate } from '../src/server/data-update/run-data-update';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('DATABASE_URL is not set.');
  process.exit(1);
}

// Not src/server/db.ts: it imports 'server-only', which throws outside Next.js.
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });

try {
  await runDataUpdate(prisma);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
