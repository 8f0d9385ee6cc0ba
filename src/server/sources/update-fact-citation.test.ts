import { describe, expect, it } from 'vitest';

import { ZSourceSchema } from '@/lib/validation/sources';
import { prisma } from '@/server/db';

import {
  createActor,
  createTestCountry,
  uniqueTag,
} from '../../../tests/support/backoffice-fixtures';
import { findCitations } from './find-citations';
import { findRecheckFacts } from './find-recheck-facts';
import { saveSource } from './save-source';
import { updateFactCitation } from './update-fact-citation';

const newSource = async (title: string) => {
  const editor = await createActor('EDITOR');
  return saveSource({
    actor: editor,
    data: ZSourceSchema.parse({ title, url: 'https://example.org/law', lang: 'es' }),
  });
};

describe('fact citations', () => {
  it('sets a fact’s sources and verification date, audited, and lists facts due for re-check', async () => {
    const country = await createTestCountry();
    const editor = await createActor('EDITOR');
    const law = await newSource(`Ley de prueba ${uniqueTag()}`);
    const gazette = await newSource(`Gaceta de prueba ${uniqueTag()}`);

    await updateFactCitation({
      actor: editor,
      entityType: 'country',
      entityId: country.id,
      fact: 'cat',
      sourceIds: [law.id, gazette.id],
      verifiedOn: new Date('2020-05-06T00:00:00Z'),
    });
    await updateFactCitation({
      actor: editor,
      entityType: 'country',
      entityId: country.id,
      fact: 'opcatStatus',
      sourceIds: [law.id],
      verifiedOn: new Date('2026-11-30T00:00:00Z'),
    });
    const citations = (await findCitations({ entityType: 'country', entityIds: [country.id] })).get(
      country.id,
    );
    expect(citations?.cat?.sources.map((s) => s.id).sort()).toEqual([law.id, gazette.id].sort());
    expect(citations?.cat?.verifiedOn?.toISOString().slice(0, 10)).toBe('2020-05-06');
    expect(
      await prisma.auditLog.count({
        where: { action: 'factCitation.update', actorId: editor.id },
      }),
    ).toBe(2);

    const due = await findRecheckFacts({
      locale: 'es',
      months: 12,
      today: new Date('2026-12-05T00:00:00Z'),
    });
    const mine = due.facts.filter((fact) => fact.entityId === country.id).map((f) => f.fact);
    // Verified in 2020: due. Verified a week ago: not due.
    expect(mine).toEqual(['cat']);
    const shorter = await findRecheckFacts({
      locale: 'es',
      months: 1,
      today: new Date('2027-02-01T00:00:00Z'),
    });
    expect(
      shorter.facts
        .filter((f) => f.entityId === country.id)
        .map((f) => f.fact)
        .sort(),
    ).toEqual(['cat', 'opcatStatus']);

    // Dropping a source and clearing the date.
    await updateFactCitation({
      actor: editor,
      entityType: 'country',
      entityId: country.id,
      fact: 'cat',
      sourceIds: [gazette.id],
      verifiedOn: null,
    });
    const after = (await findCitations({ entityType: 'country', entityIds: [country.id] })).get(
      country.id,
    );
    expect(after?.cat?.sources.map((s) => s.id)).toEqual([gazette.id]);
    expect(after?.cat?.verifiedOn).toBeNull();
  });

  it('refuses an unknown source, a missing entity and a focal point', async () => {
    const country = await createTestCountry();
    const editor = await createActor('EDITOR');
    const focal = await createActor('FOCAL_POINT');
    const base = {
      entityType: 'country' as const,
      entityId: country.id,
      fact: 'cat' as const,
      verifiedOn: null,
    };
    await expect(
      updateFactCitation({ ...base, actor: editor, sourceIds: ['no-such-source'] }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      updateFactCitation({ ...base, actor: editor, entityId: 'no-such-country', sourceIds: [] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      updateFactCitation({ ...base, actor: focal, sourceIds: [] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
