import { describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';

import {
  createActor,
  createTestCountry,
  createTestMechanism,
  formInput,
  uniqueTag,
} from '../../../tests/support/backoffice-fixtures';
import { approveChange } from './approve-change';
import { proposeChange } from './propose-change';

const setup = async () => {
  const country = await createTestCountry();
  const own = await createTestMechanism(country.id);
  const partner = await createTestMechanism(country.id);
  const focal = await createActor('FOCAL_POINT', own.id);
  const editor = await createActor('EDITOR');
  return { own, partner, focal, editor };
};

const exchangeValues = (slug: string, extra: Record<string, string | string[]> = {}) =>
  formInput({
    slug,
    kind: 'EXCHANGE',
    originalLocale: 'es',
    startedYear: '2026',
    sources: 'https://example.org/intercambio',
    'translations.es.title': 'Visita de intercambio entre mecanismos',
    ...extra,
  });

describe('focal points’ proposals of exchanges', () => {
  it('wait for review, then publish the exchange between their mechanism and the partner', async () => {
    const { own, partner, focal, editor } = await setup();
    const slug = uniqueTag();
    const change = await proposeChange({
      actor: focal,
      entityType: 'cooperation',
      mechanismId: own.id,
      values: exchangeValues(slug, { mechanismIds: partner.id }),
    });
    // Nothing public before an editor approves.
    expect(await prisma.cooperation.count({ where: { slug } })).toBe(0);

    const { entityType, entityId } = await approveChange({ actor: editor, id: change.id });
    expect(entityType).toBe('cooperation');
    const cooperation = await prisma.cooperation.findUniqueOrThrow({
      where: { id: entityId },
      include: { mechanisms: { select: { id: true } } },
    });
    expect(cooperation).toMatchObject({
      slug,
      kind: 'EXCHANGE',
      status: 'PUBLISHED',
      startedYear: 2026,
      sources: ['https://example.org/intercambio'],
    });
    expect(cooperation.mechanisms.map((m) => m.id).sort()).toEqual([own.id, partner.id].sort());
  });

  it("are refused for another mechanism than the focal point's own", async () => {
    const { partner, focal } = await setup();
    await expect(
      proposeChange({
        actor: focal,
        entityType: 'cooperation',
        mechanismId: partner.id,
        values: exchangeValues(uniqueTag()),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
