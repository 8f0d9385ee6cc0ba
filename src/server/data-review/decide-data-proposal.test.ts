import { createHash, randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/server/db';

import { createActor, createTestCountry } from '../../../tests/support/backoffice-fixtures';
import { decideDataProposal } from './decide-data-proposal';

const queue = (country: { id: string; iso2: string }, current: string | null, proposed: string) =>
  prisma.dataProposal.create({
    data: {
      entityType: 'country',
      // A key of its own: the shared database's seeded countries are not touched.
      entityKey: `test-${randomUUID()}`,
      entityId: country.id,
      field: 'catRatifiedOn',
      currentValue: current ?? Prisma.JsonNull,
      proposedValue: proposed,
      seededValue: '1999-09-09',
      proposedHash: createHash('sha256').update(JSON.stringify(proposed)).digest('hex'),
    },
  });

const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;

describe('decideDataProposal', () => {
  it('accepting applies the correction with the editor as actor, once', async () => {
    const country = await createTestCountry();
    const editor = await createActor('EDITOR');
    const proposal = await queue(country, null, '2001-01-01');

    await decideDataProposal({ actor: editor, id: proposal.id, decision: 'accept' });
    const updated = await prisma.country.findUniqueOrThrow({ where: { id: country.id } });
    expect(day(updated.catRatifiedOn)).toBe('2001-01-01');
    expect(updated.version).toBe(2);
    expect(await prisma.dataProposal.findUnique({ where: { id: proposal.id } })).toMatchObject({
      status: 'ACCEPTED',
      reviewedById: editor.id,
    });
    const seeded = await prisma.seededValue.findUniqueOrThrow({
      where: {
        entityType_entityKey_field: {
          entityType: 'country',
          entityKey: proposal.entityKey,
          field: 'catRatifiedOn',
        },
      },
    });
    expect(seeded.value).toBe('2001-01-01');
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: 'country.update', entityId: country.id },
    });
    expect(audit).toMatchObject({
      actorId: editor.id,
      before: { catRatifiedOn: null },
      after: { catRatifiedOn: '2001-01-01' },
    });

    await expect(
      decideDataProposal({ actor: editor, id: proposal.id, decision: 'accept' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('dismissing keeps the value and remembers the correction as seen', async () => {
    const country = await createTestCountry();
    const editor = await createActor('EDITOR');
    const proposal = await queue(country, null, '2002-02-02');
    await decideDataProposal({ actor: editor, id: proposal.id, decision: 'dismiss' });
    const kept = await prisma.country.findUniqueOrThrow({ where: { id: country.id } });
    expect(kept.catRatifiedOn).toBeNull();
    expect(kept.version).toBe(1);
    expect((await prisma.dataProposal.findUnique({ where: { id: proposal.id } }))?.status).toBe(
      'DISMISSED',
    );
    expect(
      await prisma.seededValue.count({
        where: { entityKey: proposal.entityKey, value: { equals: '2002-02-02' } },
      }),
    ).toBe(1);
  });

  it('refuses a field changed since it was queued, and a focal point', async () => {
    const country = await createTestCountry();
    const editor = await createActor('EDITOR');
    const focal = await createActor('FOCAL_POINT');
    const stale = await queue(country, '1980-01-01', '2003-03-03');
    await expect(
      decideDataProposal({ actor: editor, id: stale.id, decision: 'accept' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await prisma.dataProposal.findUnique({ where: { id: stale.id } }))?.status).toBe(
      'PENDING',
    );
    await expect(
      decideDataProposal({ actor: focal, id: stale.id, decision: 'dismiss' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
