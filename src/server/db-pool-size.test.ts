import { describe, expect, it, vi } from 'vitest';

// Before src/env.ts is imported: this file's client may open two connections at most.
vi.hoisted(() => {
  process.env.DATABASE_POOL_SIZE = '2';
  delete (globalThis as { prevenirDatabase?: unknown }).prevenirDatabase;
});

const { prisma } = await import('@/server/db');

describe('DATABASE_POOL_SIZE', () => {
  it('caps the connections one instance opens, however many queries wait', async () => {
    // Six queries at once, each holding its connection a moment: they share two backends.
    const rows = await Promise.all(
      Array.from(
        { length: 6 },
        () =>
          prisma.$queryRaw<
            { pid: number }[]
          >`SELECT pg_backend_pid() AS pid, pg_sleep(0.2)::text AS slept`,
      ),
    );
    const backends = new Set(rows.map(([row]) => row?.pid));
    expect(backends.size).toBeLessThanOrEqual(2);
    expect(backends.size).toBeGreaterThanOrEqual(1);
    await prisma.$disconnect();
  });
});
