import path from 'node:path';

import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@': path.join(root, 'src'),
      // The real package throws unless Next.js bundles it for the server.
      'server-only': path.join(root, 'tests/support/server-only.ts'),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'prisma/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // Starts one real PostgreSQL for the run and sets DATABASE_URL for the workers.
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    // Vitest's default is one worker per core less one: a single worker on a 2-core CI machine.
    // Most files wait on PostgreSQL, child processes or timers, so three run side by side in
    // about 60% of the time; every file keeps to its own rows or its own database.
    maxWorkers: 3,
    // next-intl imports `next/navigation` without an extension, which Node's loader refuses
    // outside Next.js; inlining lets Vite resolve it so tests use the real navigation helpers.
    server: { deps: { inline: ['next-intl'] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
