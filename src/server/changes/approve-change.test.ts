import { describe, expect, it } from 'vitest';

import { ZProposeMechanismSchema } from '@/lib/validation/mechanisms';
import { updateContent } from '@/server/content/lifecycle';
import { prisma } from '@/server/db';
import { mechanismType } from '@/server/mechanisms/mechanism-type';

import {
  createActor,
  createTestCountry,
  createTestMechanism,
  formInput,
} from '../../../tests/support/backoffice-fixtures';
import { approveChange } from './approve-change';
import { getChangeRequest } from './get-change-request';
import { proposeChange } from './propose-change';
import { rejectChange } from './reject-change';

const setup = async () => {
  const country = await createTestCountry();
  const own = await createTestMechanism(country.id);
  const other = await createTestMechanism(country.id);
  const focal = await createActor('FOCAL_POINT', own.id);
  const editor = await createActor('EDITOR');
  return { own, other, focal, editor };
};

const profile = (phone: string) =>
  formInput({
    version: '1',
    phone,
    email: 'contacto@example.org',
    'translations.es.name': 'Mecanismo Nacional',
  });

describe('focal-point change requests', () => {
  it('stores a proposal without applying it; approval applies it through updateMechanism and audits it', async () => {
    const { own, focal, editor } = await setup();
    const change = await proposeChange({
      actor: focal,
      entityType: 'mechanism',
      mechanismId: own.id,
      values: profile('+598 2 555 0101'),
    });
    expect(change.status).toBe('PENDING');
    expect((await prisma.mechanism.findUnique({ where: { id: own.id } }))?.phone).toBe('+1 000');

    const review = await getChangeRequest({ id: change.id });
    expect(review?.diff).toContainEqual({
      name: 'phone',
      before: '+1 000',
      after: '+598 2 555 0101',
    });

    await approveChange({ actor: editor, id: change.id });
    // Once applied, the review page still shows what changed (from the audit log).
    expect((await getChangeRequest({ id: change.id }))?.diff).toContainEqual({
      name: 'phone',
      before: '+1 000',
      after: '+598 2 555 0101',
    });
    const mechanism = await prisma.mechanism.findUnique({ where: { id: own.id } });
    expect(mechanism?.phone).toBe('+598 2 555 0101');
    expect(mechanism?.version).toBe(2);
    const stored = await prisma.changeRequest.findUnique({ where: { id: change.id } });
    expect(stored).toMatchObject({ status: 'APPROVED', reviewedById: editor.id });
    const actions = await prisma.auditLog.findMany({
      where: { OR: [{ entityId: own.id }, { entityId: change.id }] },
      select: { action: true, actorId: true },
    });
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'change.propose', actorId: focal.id },
        { action: 'mechanism.update', actorId: editor.id },
        { action: 'change.approve', actorId: editor.id },
      ]),
    );
    await expect(approveChange({ actor: editor, id: change.id })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('forbids a focal point to touch another mechanism, to edit directly or to review', async () => {
    const { own, other, focal } = await setup();
    await expect(
      proposeChange({
        actor: focal,
        entityType: 'mechanism',
        mechanismId: other.id,
        values: profile('1'),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      updateContent(mechanismType, {
        actor: focal,
        id: own.id,
        data: ZProposeMechanismSchema.parse(profile('1')),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const change = await proposeChange({
      actor: focal,
      entityType: 'mechanism',
      mechanismId: own.id,
      values: profile('2'),
    });
    await expect(approveChange({ actor: focal, id: change.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses an invalid payload with the editors’ own schema (javascript: URL)', async () => {
    const { own, focal } = await setup();
    await expect(
      proposeChange({
        actor: focal,
        entityType: 'mechanism',
        mechanismId: own.id,
        values: { ...profile('1'), website: 'javascript:alert(1)' },
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('rejection applies nothing; an approved document proposal is created, linked and published', async () => {
    const { own, other, focal, editor } = await setup();
    const rejected = await proposeChange({
      actor: focal,
      entityType: 'mechanism',
      mechanismId: own.id,
      values: profile('+00 rejected'),
    });
    await rejectChange({ actor: editor, id: rejected.id, note: 'Número sin verificar' });
    expect((await prisma.mechanism.findUnique({ where: { id: own.id } }))?.phone).toBe('+1 000');

    const proposal = await proposeChange({
      actor: focal,
      entityType: 'document',
      mechanismId: own.id,
      // Linking another mechanism is ignored: the proposal is for the focal point's own.
      values: formInput({
        type: 'REPORT',
        originalLocale: 'es',
        'translations.es.title': 'Informe del MNP',
        mechanismIds: other.id,
      }),
    });
    const { entityId } = await approveChange({ actor: editor, id: proposal.id });
    const document = await prisma.document.findUnique({
      where: { id: entityId },
      include: { mechanisms: { select: { id: true } } },
    });
    expect(document?.status).toBe('PUBLISHED');
    expect(document?.mechanisms).toEqual([{ id: own.id }]);
  });

  it('a stale reviewer version is a conflict and leaves the proposal pending', async () => {
    const { own, focal, editor } = await setup();
    const change = await proposeChange({
      actor: focal,
      entityType: 'mechanism',
      mechanismId: own.id,
      values: profile('+55 1'),
    });
    await expect(
      approveChange({ actor: editor, id: change.id, entityVersion: 99 }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await prisma.changeRequest.findUnique({ where: { id: change.id } }))?.status).toBe(
      'PENDING',
    );
  });
});
