import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ZCreateEventSchema, ZUpdateEventSchema } from '@/lib/validation/events';
import { prisma } from '@/server/db';
import { eventType } from '@/server/events/event-type';

import { createActor, formInput, uniqueTag } from '../../../tests/support/backoffice-fixtures';
import { createContent, deleteContent, publishContent, updateContent } from './lifecycle';

const eventInput = (slug: string, title: string) => ({
  slug,
  kind: 'WORKSHOP',
  originalLocale: 'es',
  startsOn: '2026-03-02',
  datePrecision: 'DAY',
  'translations.es.title': title,
});

// The audit log refuses rows written for this actor, as a full disk or a lost connection would.
const FAILING_EMAIL = `${uniqueTag()}@audit-fails.example.org`;

beforeAll(async () => {
  await prisma.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION lifecycle_test_refuse_audit() RETURNS trigger AS $$
    BEGIN RAISE EXCEPTION 'audit log unavailable'; END $$ LANGUAGE plpgsql`);
  await prisma.$executeRawUnsafe(`
    CREATE TRIGGER lifecycle_test_refuse_audit BEFORE INSERT ON "AuditLog"
    FOR EACH ROW WHEN (NEW."actorEmail" = '${FAILING_EMAIL}')
    EXECUTE FUNCTION lifecycle_test_refuse_audit()`);
});

afterAll(async () => {
  await prisma.$executeRawUnsafe('DROP TRIGGER lifecycle_test_refuse_audit ON "AuditLog"');
  await prisma.$executeRawUnsafe('DROP FUNCTION lifecycle_test_refuse_audit()');
});

describe('content lifecycle', () => {
  it('keeps no change whose audit entry could not be written', async () => {
    const editor = await createActor('EDITOR');
    const slug = uniqueTag();
    const data = ZCreateEventSchema.parse(formInput(eventInput(slug, 'Taller')));
    const created = await createContent(eventType, { actor: editor, data });

    const unaudited = { ...editor, email: FAILING_EMAIL };
    const other = uniqueTag();
    await expect(
      createContent(eventType, {
        actor: unaudited,
        data: ZCreateEventSchema.parse(formInput(eventInput(other, 'Otro'))),
      }),
    ).rejects.toThrow(/audit log unavailable/);
    expect(await prisma.event.findUnique({ where: { slug: other } })).toBeNull();

    const update = ZUpdateEventSchema.parse(
      formInput({ ...eventInput(slug, 'Taller renombrado'), version: '1' }),
    );
    await expect(
      updateContent(eventType, { actor: unaudited, id: created.id, data: update }),
    ).rejects.toThrow(/audit log unavailable/);
    await expect(
      publishContent(eventType, { actor: unaudited, id: created.id, published: true }),
    ).rejects.toThrow(/audit log unavailable/);
    await expect(deleteContent(eventType, { actor: unaudited, id: created.id })).rejects.toThrow(
      /audit log unavailable/,
    );

    const kept = await prisma.event.findUniqueOrThrow({
      where: { id: created.id },
      select: { status: true, version: true, translations: { select: { title: true } } },
    });
    expect(kept).toEqual({ status: 'DRAFT', version: 1, translations: [{ title: 'Taller' }] });
  });

  it('refuses a save over a newer version and changes nothing, audit log included', async () => {
    const editor = await createActor('EDITOR');
    const slug = uniqueTag();
    const created = await createContent(eventType, {
      actor: editor,
      data: ZCreateEventSchema.parse(formInput(eventInput(slug, 'Primera'))),
    });
    const save = (title: string) =>
      updateContent(eventType, {
        actor: editor,
        id: created.id,
        data: ZUpdateEventSchema.parse(formInput({ ...eventInput(slug, title), version: '1' })),
      });
    await save('Segunda');
    await expect(save('Tercera')).rejects.toMatchObject({ code: 'CONFLICT' });

    const row = await prisma.event.findUniqueOrThrow({
      where: { id: created.id },
      select: { version: true, translations: { select: { title: true } } },
    });
    expect(row).toEqual({ version: 2, translations: [{ title: 'Segunda' }] });
    const actions = await prisma.auditLog.findMany({
      where: { entityId: created.id },
      select: { action: true },
    });
    expect(actions.map((entry) => entry.action).sort()).toEqual(['event.create', 'event.update']);
  });
});
