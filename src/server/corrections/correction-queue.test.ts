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
const { findCitations } = await import('@/server/sources/find-citations');
const { saveSource } = await import('@/server/sources/save-source');

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

/** The day of a review made now, as the site counts days (UTC). */
const today = () => new Date().toISOString().slice(0, 10);

/** The fact's sources (title, address) and verification day, as the public page gets them. */
const citationOf = async (entityType: 'country' | 'mechanism', entityId: string, fact: string) => {
  const citation = (await findCitations({ entityType, entityIds: [entityId] })).get(entityId)?.[
    fact
  ];
  return (
    citation && {
      sources: citation.sources.map(({ title, publisher, url }) => ({ title, publisher, url })),
      verifiedOn: citation.verifiedOn?.toISOString().slice(0, 10) ?? null,
      verifiedPrecision: citation.verifiedPrecision,
    }
  );
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

  it('accepting applies the value through the lifecycle, cites its source for the fact, audits both and thanks the sender in their language', async () => {
    const { mechanism, editor } = await mechanismSetup();
    const email = `thanks-${mechanism.slug}@example.org`;
    const sourceUrl = `https://www.inddhh.gub.uy/contacto/${mechanism.slug}`;
    const id = await propose(
      'mechanism',
      mechanism.slug,
      proposal({ contactEmail: email, sourceUrl }),
      'pt',
    );
    expect(await getCorrection({ actor: editor, id, locale: 'es' })).toMatchObject({
      fact: 'phone',
      existingSource: null,
    });

    // The editor tidies the value and titles the source before accepting.
    const answer = await acceptCorrection({
      actor: editor,
      id,
      value: '+598 2916 0000',
      note: 'Conferido no site oficial.',
      notify: true,
      entityVersion: 1,
      source: { title: '  Contacto — INDDHH ', publisher: 'INDDHH' },
    });
    expect(answer).toBe('sent');

    // The public page's phone marker now lists the source by its title, verified today.
    expect(await citationOf('mechanism', mechanism.id, 'phone')).toEqual({
      sources: [{ title: 'Contacto — INDDHH', publisher: 'INDDHH', url: sourceUrl }],
      verifiedOn: today(),
      verifiedPrecision: 'DAY',
    });
    const source = await prisma.source.findFirstOrThrow({ where: { url: sourceUrl } });
    expect(source.accessedOn?.toISOString().slice(0, 10)).toBe(today());

    const updated = await prisma.mechanism.findUniqueOrThrow({
      where: { id: mechanism.id },
      include: { translations: true },
    });
    expect(updated.phone).toBe('+598 2916 0000');
    // The legacy list, which no public page shows, is left alone.
    expect(updated.sources).toEqual([]);
    expect(updated.version).toBe(2);
    // Everything else is saved as it was.
    expect(updated.translations).toEqual([
      expect.objectContaining({ locale: 'es', name: `Mecanismo ${mechanism.slug}` }),
    ]);
    expect(updated.status).toBe('PUBLISHED');

    const citation = await prisma.factCitation.findUniqueOrThrow({
      where: {
        entityType_entityId_fact: {
          entityType: 'mechanism',
          entityId: mechanism.id,
          fact: 'phone',
        },
      },
    });
    // Rows written in one transaction may share a timestamp: compared by action, not by order.
    const entries = await prisma.auditLog.findMany({
      where: { entityId: { in: [mechanism.id, id, source.id, citation.id] } },
    });
    const entry = (action: string) => entries.find((row) => row.action === action);
    expect(entries.map((row) => [row.action, row.actorId]).sort()).toEqual([
      ['correction.accept', editor.id],
      ['correction.propose', null],
      ['factCitation.update', editor.id],
      ['mechanism.update', editor.id],
      ['source.create', editor.id],
    ]);
    expect(entry('mechanism.update')?.after).toMatchObject({ phone: '+598 2916 0000' });
    expect(entry('source.create')?.after).toMatchObject({
      title: 'Contacto — INDDHH',
      url: sourceUrl,
    });
    expect(entry('factCitation.update')?.after).toMatchObject({
      fact: 'phone',
      sources: ['Contacto — INDDHH'],
      verifiedOn: today(),
    });
    expect(entry('correction.accept')?.after).toMatchObject({
      field: 'phone',
      fact: 'phone',
      value: '+598 2916 0000',
      sourceUrl,
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

  it('applies a country’s treaty date, adds its source to the fact’s other sources and keeps the rest of the country as it was', async () => {
    const country = await createTestCountry();
    entityIds.push(country.id);
    await prisma.country.update({
      where: { id: country.id },
      data: { opcatRatifiedOn: new Date('2019-02-10'), sources: ['https://treaties.un.org/a'] },
    });
    const editor = await createActor('EDITOR');
    // The fact already cites a source, verified long ago.
    const earlier = await saveSource({
      actor: editor,
      data: {
        title: `Informe anterior ${country.slug}`,
        publisher: null,
        url: null,
        lang: 'es',
        accessedOn: null,
      },
    });
    await prisma.factCitation.create({
      data: {
        entityType: 'country',
        entityId: country.id,
        fact: 'cat',
        verifiedOn: new Date('2020-03-01'),
        verifiedPrecision: 'MONTH',
        sources: { connect: [{ id: earlier.id }] },
      },
    });
    const sourceUrl = `https://treaties.un.org/Pages/ViewDetails.aspx?mtdsg_no=IV-9&c=${country.slug}`;
    const id = await propose(
      'country',
      country.slug,
      proposal({ field: 'catRatifiedOn', proposedValue: '5 June 1987', sourceUrl }),
    );
    const source = { title: 'Colección de Tratados de las Naciones Unidas: CAT' };
    // The sender wrote the date in words: the value checked is the one the editor applies.
    await expect(
      acceptCorrection({ actor: editor, id, notify: false, source }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await prisma.correction.findUniqueOrThrow({ where: { id } })).status).toBe('PENDING');

    await acceptCorrection({ actor: editor, id, value: '1987-06-05', notify: false, source });
    const updated = await prisma.country.findUniqueOrThrow({
      where: { id: country.id },
      include: { translations: true },
    });
    expect(updated.catRatifiedOn).toEqual(new Date('1987-06-05'));
    expect(updated.opcatRatifiedOn).toEqual(new Date('2019-02-10'));
    expect(updated.sources).toEqual(['https://treaties.un.org/a']);
    expect(updated.translations.map((t) => [t.locale, t.name])).toEqual([
      ['es', `País ${country.slug}`],
    ]);
    // Added to the fact's sources (listed by title), the fact verified today to the day.
    expect(await citationOf('country', country.id, 'cat')).toEqual({
      sources: [
        {
          title: 'Colección de Tratados de las Naciones Unidas: CAT',
          publisher: null,
          url: sourceUrl,
        },
        { title: `Informe anterior ${country.slug}`, publisher: null, url: null },
      ],
      verifiedOn: today(),
      verifiedPrecision: 'DAY',
    });
    expect(await citationOf('country', country.id, 'opcatRatified')).toBeUndefined();
  });

  it('cites the source that already has the correction’s address instead of recording it twice', async () => {
    const { mechanism, editor } = await mechanismSetup();
    const sourceUrl = `https://www.example.org/gaceta/${mechanism.slug}`;
    const gazette = await saveSource({
      actor: editor,
      data: {
        title: `Gaceta Oficial ${mechanism.slug}`,
        publisher: 'Imprenta Nacional',
        url: sourceUrl,
        lang: 'es',
        accessedOn: null,
      },
    });
    const id = await propose(
      'mechanism',
      mechanism.slug,
      proposal({ field: 'legalBasisDate', proposedValue: '2013-04-02', sourceUrl }),
    );
    // The review form shows the existing record instead of asking for a title.
    expect(await getCorrection({ actor: editor, id, locale: 'en' })).toMatchObject({
      fact: 'legalBasis',
      existingSource: { id: gazette.id, title: `Gaceta Oficial ${mechanism.slug}` },
    });

    await acceptCorrection({ actor: editor, id, notify: false });
    expect(
      (await prisma.mechanism.findUniqueOrThrow({ where: { id: mechanism.id } })).legalBasisDate,
    ).toEqual(new Date('2013-04-02'));
    expect(await citationOf('mechanism', mechanism.id, 'legalBasis')).toEqual({
      sources: [
        {
          title: `Gaceta Oficial ${mechanism.slug}`,
          publisher: 'Imprenta Nacional',
          url: sourceUrl,
        },
      ],
      verifiedOn: today(),
      verifiedPrecision: 'DAY',
    });
    expect(await prisma.source.findMany({ where: { url: sourceUrl } })).toEqual([gazette]);
    expect(
      await prisma.auditLog.count({ where: { action: 'source.create', actorId: editor.id } }),
    ).toBe(1);

    // A second correction of another fact from the same address cites the same record.
    const second = await propose(
      'mechanism',
      mechanism.slug,
      proposal({ field: 'designatedYear', proposedValue: '2013', sourceUrl }),
    );
    await acceptCorrection({ actor: editor, id: second, notify: false });
    expect(
      (await citationOf('mechanism', mechanism.id, 'designation'))?.sources.map((s) => s.title),
    ).toEqual([`Gaceta Oficial ${mechanism.slug}`]);
    expect(await prisma.source.count({ where: { url: sourceUrl } })).toBe(1);
  });

  it('a new source needs a title: without one nothing is applied and the correction stays pending', async () => {
    const { mechanism, editor } = await mechanismSetup();
    const sourceUrl = `https://www.example.org/sin-titulo/${mechanism.slug}`;
    const id = await propose('mechanism', mechanism.slug, proposal({ sourceUrl }));
    for (const source of [undefined, { title: '   ', publisher: 'INDDHH' }]) {
      await expect(
        acceptCorrection({ actor: editor, id, value: '+598 2916 0001', notify: false, source }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'sourceTitle' });
    }
    const after = await prisma.mechanism.findUniqueOrThrow({ where: { id: mechanism.id } });
    expect(after).toMatchObject({ phone: '+1 000', version: 1 });
    expect(await prisma.correction.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'PENDING',
      appliedValue: null,
    });
    expect(await prisma.source.count({ where: { url: sourceUrl } })).toBe(0);
    expect(await citationOf('mechanism', mechanism.id, 'phone')).toBeUndefined();
    expect(
      await prisma.auditLog.count({
        where: { action: 'mechanism.update', entityId: mechanism.id },
      }),
    ).toBe(0);
  });

  it('a save since the review opened is a conflict: nothing is applied and the correction stays pending', async () => {
    const { mechanism, editor } = await mechanismSetup();
    const sourceUrl = `https://www.example.org/conflicto/${mechanism.slug}`;
    const id = await propose(
      'mechanism',
      mechanism.slug,
      proposal({ field: 'website', sourceUrl }),
    );
    await prisma.mechanism.update({ where: { id: mechanism.id }, data: { version: 2 } });
    await expect(
      acceptCorrection({
        actor: editor,
        id,
        value: 'https://www.example.org/mnp',
        notify: false,
        entityVersion: 1,
        source: { title: 'Sitio del mecanismo' },
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await prisma.source.count({ where: { url: sourceUrl } })).toBe(0);
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
