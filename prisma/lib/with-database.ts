import { PrismaPg } from '@prisma/adapter-pg';

import { PrismaClient } from '@/generated/prisma/client';

/**
 * Runs one database task of a command-line script on DATABASE_URL, then disconnects; a failure
 * is printed and sets the exit code. Not src/server/db.ts: it imports 'server-only', which throws
 * outside Next.js.
 */
export const withDatabase = async (task: (prisma: PrismaClient) => Promise<unknown>) => {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error('DATABASE_URL is not set.');
    process.exit(1);
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    await task(prisma);
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await prisma.$disconnect();
  }
};
