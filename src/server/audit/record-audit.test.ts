import { afterAll, describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';

import { recordAudit } from './record-audit';

const action = `test.audit-${Date.now()}`;

afterAll(async () => {
  await prisma.auditLog.deleteMany({ where: { action } });
});

describe('recordAudit', () => {
  it('stores who, what, before and after as JSON (dates as ISO strings) and the address', async () => {
    const row = await recordAudit({
      actor: { id: 'user-1', email: 'editor@example.org' },
      action,
      entityType: 'document',
      entityId: 'doc-1',
      before: { title: 'Old', publishedOn: new Date('2025-01-02T00:00:00Z') },
      after: { title: '<script>alert(1)</script>' },
      ipAddress: '192.0.2.7',
    });
    const stored = await prisma.auditLog.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({
      actorId: 'user-1',
      actorEmail: 'editor@example.org',
      action,
      entityType: 'document',
      entityId: 'doc-1',
      before: { title: 'Old', publishedOn: '2025-01-02T00:00:00.000Z' },
      after: { title: '<script>alert(1)</script>' },
      ipAddress: '192.0.2.7',
    });
  });

  it('stores SQL NULL for a missing actor and missing before/after', async () => {
    const row = await recordAudit({ actor: null, action, before: null });
    const [stored] = await prisma.$queryRaw<
      { actorId: string | null; before: unknown; after: unknown }[]
    >`SELECT "actorId", "before", "after" FROM "AuditLog" WHERE id = ${row.id}`;
    expect(stored).toEqual({ actorId: null, before: null, after: null });
  });
});
