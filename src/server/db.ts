import 'server-only';

import { PrismaPg } from '@prisma/adapter-pg';

import { env } from '@/env';
import { PrismaClient } from '@/generated/prisma/client';

const createPrismaClient = () =>
  new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL }) });

// One client per process; in development hot reloads would otherwise open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma = globalForPrisma.prisma ?? createPrismaClient();

if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;
