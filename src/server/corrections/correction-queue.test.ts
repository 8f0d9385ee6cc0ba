import { afterAll, describe, expect, it, vi } from 'vitest';

import type { AppLocale } from '@/i18n/routing';

import {
  createActor,
  createTestCountry,
  createTestMechanism,
} from '../../../tests/support/backoffice-fixtures';
import { deleteRateLimitRows, uniqueIp } from '../../../tests/support/rate-limit-fixtures';

// A real SMTP server for this file, started before src/env.ts reads SMTP_URL.
const smtp = await vi.hoisted(async () => {
  const { startMailCatcher } = await import('../../../tests/support/mail-catcher');
  const catcher = await startMailCatcher();
  process.env.SMTP_URL = `smtp://127.0.0.1:${catcher.port}`;
  return catcher;
});

vi.mock('next-intl/server', () => import('../../../tests/support/next-intl-server-mock'));

const { prisma } = await import('@/server/db');
const { proposeCorrection } = await import('./propose-correction');
const { acceptCorrection } = await import('./accept-correction');
const { rejectCorrection } = await import('./reject-correction');
const { answerCorrectionSender } = await import('./answer-correction-sender');
const { findCorrections } = await import('./find-corrections');
const { getCorrection } = await import('./get-correction');

const entityIds: string[] = [];
const limitKeys: string[] = [];

afterAll(async () => {
  await prisma.correction.deleteMany({ where: { entityId: { in: entityIds } } });
  await deleteRateLimitRows([...limitKeys, ...entityIds]);
  await smtp.close();
});

const freshIp = () => {
  const ip = uniqueIp();
  limitKeys.push(ip);
  return ip;
};

const mechanismSetup = async () => {
  const country = await createTestCountry();
  const mechanism = await createTestMechanism(country.id);
  entityIds.push(country.id, mechanism.id);
  return { country, mechanism, editor: await createActor('EDITOR') };
};

const proposal = (overrides: Record<string, unknown> = {}) => ({
  field: 'phone' as const,
  proposedValue: '+598 2 916 0000',
  sourceUrl: 'https://www.inddhh.gub.uy/contacto',
  contactEmail: null,
  ...overrides,
});

const propose = async (
  entityType: 'country' | 'mechanism',
  slug: string,
  data: ReturnType<typeof proposal>,
  locale: AppLocale = 'es',
) => {
  const result = await proposeCorrection({ entityType, slug, data, locale, ipAddress: freshIp() });
  if (!result.ok) throw new Error('rate-limited');
  return result.id;
};

describe('the correction queue', () => {
  it('queues a visitor’s correction without changing the page, and the log never holds the e-mail', async () => {
    const { mechanism, editor } = await mechanismSetup();
    const email = `sender-${mechanism.slug}@example.org`;
    const id = await propose('mechanism', mechanism.slug, proposal({ contactEmail: email }));

    const stored = await prisma.correction.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      status: 'PENDING',
      entityType: 'mechanism',
      entityId: mechanism.id,
      field: 'phone',
      contactEmail: email,
      locale: 'es',
    });
    expect((await prisma.mechanism.findUniqueOrThrow({ where: { id: mechanism.id } })).phone).toBe(
      '+1 000',
    );
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: 'correction.propose', entityId: id },
    });
    expect(JSON.stringify(audit)).not.toContain(email);

    const queue = await findCorrections({ actor: editor, status: 'PENDING', locale: 'en' });
    expect(queue.find((row) => row.id === id)?.target?.label).toContain(mechanism.slug);
    const detail = await getCorrection({ actor: editor, id, locale: 'en' });
    expect(detail).toMatchObject({
      currentValue: '+1 000',
      proposedValue: '+598 2 916 0000',
      entityVersion: 1,
      spec: { kind: 'text' },
    });
  });

  it('accepting applies the value with its source through the lifecycle, audits it and thanks the sender in their language', async () => {
    const { mechanism, editor } = await mechanismSetup();
    const email = `thanks-${mechanism.slug}@example.org`;
    const id = await propose('mechanism', mechanism.slug, proposal({ contactEmail: email }), 'pt');

    // The editor tidies the value before accepting.
    const answer = await acceptCorrection({
      actor: editor,
      id,
      value: '+598 2916 0000',
      note: 'Conferido no site oficial.',
      notify: true,
      entityVersion: 1,
    });
    expect(answer).toBe('sent');

    const updated = await prisma.mechanism.findUniqueOrThrow({
      where: { id: mechanism.id },
      include: { translations: true },
    });
    expect(updated.phone).toBe('+598 2916 0000');
    expect(updated.sources).toEqual(['https://www.inddhh.gub.uy/contacto']);
    expect(updated.version).toBe(2);
    // Everything else is saved as it was.
    expect(updated.translations).toEqual([
      expect.objectContaining({ locale: 'es', name: `Mecanismo ${mechanism.slug}` }),
    ]);
    expect(updated.status).toBe('PUBLISHED');

    const entries = await prisma.auditLog.findMany({
      where: { OR: [{ entityId: mechanism.id }, { entityId: id }] },
      orderBy: { createdAt: 'asc' },
    });
    const update = entries.find((entry) => entry.action === 'mechanism.update');
    expect(update).toMatchObject({ actorId: editor.id });
    expect(update?.after).toMatchObject({
      phone: '+598 2916 0000',
      sources: ['https://www.inddhh.gub.uy/contacto'],
    });
    expect(entries.find((entry) => entry.action === 'correction.accept')?.after).toMatchObject({
      field: 'phone',
      value: '+598 2916 0000',
      sourceUrl: 'https://www.inddhh.gub.uy/contacto',
      entityId: mechanism.id,
    });

    const mail = await smtp.mailTo(email);
    expect(mail.subject).toBe('Sua correção ao Prevenir foi aceita');
    expect(mail.text).toContain('obrigado: a equipe editorial conferiu e aceitou');
    expect(mail.text).toContain('Nota da equipe editorial: Conferido no site oficial.');
    expect(mail.text).toContain(`/pt/mechanisms/${mechanism.slug}`);

    const stored = await prisma.correction.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      status: 'ACCEPTED',
      contactEmail: null,
      appliedValue: '+598 2916 0000',
      reviewedById: editor.id,
    });
    expect(stored.notifiedAt).toBeInstanceOf(Date);

    await expect(acceptCorrection({ actor: editor, id, notify: true })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'alreadyReviewed',
    });
  });

  it('applies a country’s treaty date and keeps the rest of the country as it was', async () => {
    const country = await createTestCountry();
    entityIds.push(country.id);
    await prisma.country.update({
      where: { id: country.id },
      data: { opcatRatifiedOn: new Date('2019-02-10'), sources: ['https://treaties.un.org/a'] },
    });
    const editor = await createActor('EDITOR');
    const id = await propose(
      'country',
      country.slug,
      proposal({
        field: 'catRatifiedOn',
        proposedValue: '5 June 1987',
        sourceUrl: 'https://treaties.un.org/Pages/ViewDetails.aspx?mtdsg_no=IV-9',
      }),
    );
    // The sender wrote the date in words: the value checked is the one the editor applies.
    await expect(acceptCorrection({ actor: editor, id, notify: false })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect((await prisma.correction.findUniqueOrThrow({ where: { id } })).status).toBe('PENDING');

    await acceptCorrection({ actor: editor, id, value: '1987-06-05', notify: false });
    const updated = await prisma.country.findUniqueOrThrow({
      where: { id: country.id },
      include: { translations: true },
    });
    expect(updated.catRatifiedOn).toEqual(new Date('1987-06-05'));
    expect(updated.opcatRatifiedOn).toEqual(new Date('2019-02-10'));
    expect(updated.sources).toEqual([
      'https://treaties.un.org/a',
      'https://treaties.un.org/Pages/ViewDetails.aspx?mtdsg_no=IV-9',
    ]);
    expect(updated.translations.map((t) => [t.locale, t.name])).toEqual([
      ['es', `País ${country.slug}`],
    ]);
  });

  it('a save since the review opened is a conflict: nothing is applied and the correction stays pending', async () => {
    const { mechanism, editor } = await mechanismSetup();
    const id = await propose('mechanism', mechanism.slug, proposal({ field: 'website' }));
    await prisma.mechanism.update({ where: { id: mechanism.id }, data: { version: 2 } });
    await expect(
      acceptCorrection({
        actor: editor,
        id,
        value: 'https://www.example.org/mnp',
        notify: false,
        entityVersion: 1,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await prisma.correction.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'PENDING',
      reviewedById: null,
      appliedValue: null,
    });
    expect(
      (await prisma.mechanism.findUniqueOrThrow({ where: { id: mechanism.id } })).website,
    ).toBeNull();
  });

  it('rejecting changes nothing and answers the sender only when the editor chooses to; the address is deleted either way', async () => {
    const { mechanism, editor } = await mechanismSetup();
    const told = `told-${mechanism.slug}@example.org`;
    const untold = `untold-${mechanism.slug}@example.org`;
    const first = await propose(
      'mechanism',
      mechanism.slug,
      proposal({ contactEmail: told, proposedValue: '<script>alert(1)</script>' }),
    );
    const second = await propose('mechanism', mechanism.slug, proposal({ contactEmail: untold }));

    expect(
      await rejectCorrection({
        actor: editor,
        id: first,
        note: 'La fuente no lo dice.',
        notify: true,
      }),
    ).toBe('sent');
    expect(await rejectCorrection({ actor: editor, id: second, notify: false })).toBe('none');

    const mail = await smtp.mailTo(told);
    expect(mail.subject).toBe('Su corrección a Prevenir ha sido revisada');
    expect(mail.text).toContain('no la ha aplicado');
    expect(mail.text).toContain('Nota del equipo editorial: La fuente no lo dice.');
    expect(smtp.mails.some((m) => m.to.includes(untold))).toBe(false);
    const rows = await prisma.correction.findMany({ where: { id: { in: [first, second] } } });
    expect(rows.map((row) => [row.status, row.contactEmail])).toEqual([
      ['REJECTED', null],
      ['REJECTED', null],
    ]);
    expect((await prisma.mechanism.findUniqueOrThrow({ where: { id: mechanism.id } })).phone).toBe(
      '+1 000',
    );
    expect(
      await prisma.auditLog.count({ where: { action: 'correction.reject', entityId: first } }),
    ).toBe(1);
  });

  it('a mail that cannot be sent keeps the address until it is sent again or deleted', async () => {
    const { mechanism, editor } = await mechanismSetup();
    const email = `bounce-${mechanism.slug}@example.org`;
    const id = await propose('mechanism', mechanism.slug, proposal({ contactEmail: email }));
    smtp.refused.add(email);
    expect(await rejectCorrection({ actor: editor, id, notify: true })).toBe('failed');
    expect((await prisma.correction.findUniqueOrThrow({ where: { id } })).contactEmail).toBe(email);

    smtp.refused.delete(email);
    expect(await answerCorrectionSender({ actor: editor, id, notify: true })).toBe('sent');
    expect(await prisma.correction.findUniqueOrThrow({ where: { id } })).toMatchObject({
      contactEmail: null,
    });
    await smtp.mailTo(email);
  });

  it('accepts “another fact” without applying anything (the editor edits the page by hand)', async () => {
    const { mechanism, editor } = await mechanismSetup();
    const id = await propose(
      'mechanism',
      mechanism.slug,
      proposal({ field: 'other', proposedValue: 'El nombre oficial es «Mecanismo Nacional…»' }),
    );
    await acceptCorrection({ actor: editor, id, value: 'ignored', notify: false });
    const after = await prisma.mechanism.findUniqueOrThrow({ where: { id: mechanism.id } });
    expect(after.version).toBe(1);
    expect(await prisma.correction.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'ACCEPTED',
      appliedValue: null,
    });
  });

  it('only editors and admins review, and only published pages can be corrected', async () => {
    const { mechanism } = await mechanismSetup();
    const focal = await createActor('FOCAL_POINT', mechanism.id);
    const id = await propose('mechanism', mechanism.slug, proposal());
    await expect(acceptCorrection({ actor: focal, id, notify: false })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(getCorrection({ actor: focal, id, locale: 'es' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });

    await prisma.mechanism.update({ where: { id: mechanism.id }, data: { status: 'DRAFT' } });
    await expect(propose('mechanism', mechanism.slug, proposal())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(propose('country', 'no-such-country', proposal())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('correction rate limits (PostgreSQL counters)', () => {
  it('allows 5 corrections an hour from one client address', async () => {
    const { mechanism } = await mechanismSetup();
    const ipAddress = freshIp();
    const send = () =>
      proposeCorrection({
        entityType: 'mechanism',
        slug: mechanism.slug,
        data: proposal(),
        locale: 'es',
        ipAddress,
      });
    for (let n = 1; n <= 5; n++) expect((await send()).ok).toBe(true);
    expect(await send()).toEqual({ ok: false });
    expect(await prisma.correction.count({ where: { entityId: mechanism.id } })).toBe(5);
  });

  it('allows 20 corrections a day for one page, whatever the addresses', async () => {
    const { mechanism } = await mechanismSetup();
    const send = () =>
      proposeCorrection({
        entityType: 'mechanism',
        slug: mechanism.slug,
        data: proposal(),
        locale: 'en',
        ipAddress: freshIp(),
      });
    for (let n = 1; n <= 20; n++) expect((await send()).ok).toBe(true);
    expect(await send()).toEqual({ ok: false });
    expect(await prisma.correction.count({ where: { entityId: mechanism.id } })).toBe(20);
  });
});
