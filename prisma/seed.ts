// Seeds an empty database with sourced facts: `npm run db:seed` (or `prisma db seed`).
import { PrismaPg } from '@prisma/adapter-pg';

import { PrismaClient } from '@/generated/prisma/client';

import { seedDatabase } from './seed/seed-database';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('DATABASE_URL is not set.');
  process.exit(1);
}

// Not src/server/db.ts: it imports 'server-only', which throws outside Next.js.
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });

try {
  await seedDatabase(prisma);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
