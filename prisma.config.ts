import path from 'node:path';

import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

// `prisma generate` must resolve env("DATABASE_URL") in the schema, or the CLI falls back to
// downloading a native query engine (impossible offline). Commands that touch a database
// still need the real URL.
process.env.DATABASE_URL ??= 'postgresql://prevenir@127.0.0.1:5432/prevenir';

// Prisma's native schema engine cannot be downloaded on our machines: the JS engine with
// the pg adapter runs migrations offline (see shared/STACK.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: {
    path: path.join('prisma', 'migrations'),
    seed: 'tsx prisma/seed.ts',
  },
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
});
