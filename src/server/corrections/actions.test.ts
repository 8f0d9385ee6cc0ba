import { afterAll, describe, expect, it, vi } from 'vitest';

import { actionOutcome } from '../../../tests/support/action-outcome';
import { createTestUser, deleteTestUsers } from '../../../tests/support/auth-fixtures';
import { createTestCountry, createTestMechanism } from '../../../tests/support/backoffice-fixtures';
import { deleteRateLimitRows, uniqueIp } from '../../../tests/support/rate-limit-fixtures';

// The client address scripts/serve.ts would have stamped on the request.
const client = vi.hoisted(() => ({ ip: '' }));
vi.mock('@/server/auth/client-ip', () => ({ getClientIp: async () => client.ip }));
// What next-auth decoded from the editor's cookie; the session row and the user behind it are real.
const tokenSession = vi.hoisted((): { current: unknown } => ({ current: null }));
vi.mock('next-auth', () => ({ getServerSession: async () => tokenSession.current }));
vi.mock('@/server/auth/options', () => ({ getAuthOptions: () => ({}) }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next-intl/server', () => import('../../../tests/support/next-intl-server-mock'));

const { prisma } = await import('@/server/db');
const { proposeCorrectionAction, reviewCorrectionAction } = await import('./actions');
const { createFormToken } = await import('@/server/forms/create-form-token');
const { proposeCorrection } = await import('./propose-correction');
const { startUserSession } = await import('@/server/auth/user-sessions');

const entityIds: string[] = [];
const ips: string[] = [];
const emails: string[] = [];
afterAll(async () => {
  await prisma.correction.deleteMany({ where: { entityId: { in: entityIds } } });
  await deleteRateLimitRows([...ips, ...entityIds]);
  await deleteTestUsers(emails);
});

const setup = async () => {
  const country = await createTestCountry();
  const mechanism = await createTestMechanism(country.id);
  entityIds.push(mechanism.id);
  client.ip = uniqueIp();
  ips.push(client.ip);
  return mechanism;
};

/** The form as a browser posts it, shown 10 seconds ago unless told. */
const form = (fields: Record<string, string>, shownAt = Date.now() - 10_000) => {
  const data = new FormData();
  const all = {
    field: 'website',
    proposedValue: 'https://mnp.example.org',
    sourceUrl: 'https://www.example.org/boletin/2024-01',
    contactEmail: '',
    homepage: '',
    startedAt: createFormToken('correction-form', shownAt),
    ...fields,
  };
  for (const [name, value] of Object.entries(all)) data.set(name, value);
  return data;
};

const stored = (entityId: string) => prisma.correction.count({ where: { entityId } });

describe('proposeCorrectionAction (public, no account)', () => {
  it('queues a valid correction and leads to the thank-you page', async () => {
    const mechanism = await setup();
    const result = await actionOutcome(
      proposeCorrectionAction('es', 'mechanism', mechanism.slug, null, form({})),
    );
    expect(result).toEqual({ redirect: `/es/mechanisms/${mechanism.slug}/correction?sent=1` });
    expect(await stored(mechanism.id)).toBe(1);
  });

  it('gives localized field errors and keeps what was typed; nothing is stored', async () => {
    const mechanism = await setup();
    const typed = { proposedValue: '  ', sourceUrl: 'javascript:alert(1)', field: 'catRatifiedOn' };
    const { state } = await actionOutcome(
      proposeCorrectionAction('pt', 'mechanism', mechanism.slug, null, form(typed)),
    );
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: {
        proposedValue: 'Este campo é obrigatório.',
        sourceUrl: 'Escreva um endereço web completo que comece com http:// ou https://.',
        // A country's fact is not one of a mechanism's.
        field: 'Escolha uma das opções.',
      },
      summary: 'Há 3 problemas no formulário',
      values: { sourceUrl: 'javascript:alert(1)', field: 'catRatifiedOn' },
    });
    expect(await stored(mechanism.id)).toBe(0);
  });

  it('tells a filled honeypot it worked, and keeps nothing', async () => {
    const mechanism = await setup();
    const result = await actionOutcome(
      proposeCorrectionAction(
        'en',
        'mechanism',
        mechanism.slug,
        null,
        form({ homepage: 'https://spam.example' }),
      ),
    );
    expect(result).toEqual({ redirect: `/en/mechanisms/${mechanism.slug}/correction?sent=1` });
    expect(await stored(mechanism.id)).toBe(0);
  });

  it('refuses a form sent right after it was shown, or with a forged time, with a fresh token to send again', async () => {
    const mechanism = await setup();
    const quick = form({}, Date.now());
    const { state } = await actionOutcome(
      proposeCorrectionAction('es', 'mechanism', mechanism.slug, null, quick),
    );
    expect(state).toMatchObject({
      ok: false,
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types matchers as any
      formError: expect.stringContaining('El formulario se envió muy poco después de abrirse'),
      values: { proposedValue: 'https://mnp.example.org' },
    });
    const fresh = state && !state.ok ? state.values.startedAt : undefined;
    expect(fresh).toMatch(/^\d+\.[\w-]{43}$/);
    expect(fresh).not.toBe(quick.get('startedAt'));

    const forged = await actionOutcome(
      proposeCorrectionAction(
        'en',
        'mechanism',
        mechanism.slug,
        null,
        form({ startedAt: `${Date.now() - 60_000}.${'A'.repeat(43)}` }),
      ),
    );
    expect(forged.state).toMatchObject({
      formError: 'The form could not be checked. Please send it again.',
    });
    expect(await stored(mechanism.id)).toBe(0);
  });

  it('refuses a tampered target and answers past the limit with the typed text kept', async () => {
    const mechanism = await setup();
    const tampered = await actionOutcome(
      proposeCorrectionAction('en', 'document', mechanism.slug, null, form({})),
    );
    expect(tampered.state).toMatchObject({
      ok: false,
      formError: 'This content no longer exists.',
    });

    for (let n = 1; n <= 5; n++) {
      await actionOutcome(
        proposeCorrectionAction('en', 'mechanism', mechanism.slug, null, form({})),
      );
    }
    const { state } = await actionOutcome(
      proposeCorrectionAction(
        'en',
        'mechanism',
        mechanism.slug,
        null,
        form({ proposedValue: 'x6' }),
      ),
    );
    expect(state).toMatchObject({
      ok: false,
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types matchers as any
      formError: expect.stringContaining('Too many corrections'),
      values: { proposedValue: 'x6' },
    });
    expect(await stored(mechanism.id)).toBe(5);
  });
});

describe('reviewCorrectionAction (editors)', () => {
  it('asks for the new source’s title in the editor’s language, keeping what was typed, then cites it for the fact', async () => {
    const mechanism = await setup();
    const editor = await createTestUser({ role: 'EDITOR' });
    emails.push(editor.email);
    const sid = await startUserSession({ userId: editor.id, ipAddress: null });
    tokenSession.current = { user: { id: editor.id, sv: 0, sid } };
    const sourceUrl = `https://www.example.org/contacto/${mechanism.slug}`;
    const proposed = await proposeCorrection({
      entityType: 'mechanism',
      slug: mechanism.slug,
      data: { field: 'email', proposedValue: 'mnp@example.org', sourceUrl, contactEmail: null },
      locale: 'es',
      ipAddress: client.ip,
    });
    if (!proposed.ok) throw new Error('rate-limited');
    const review = (fields: Record<string, string>) => {
      const data = new FormData();
      const all = { decision: 'accept', entityVersion: '1', value: 'mnp@example.org', ...fields };
      for (const [name, value] of Object.entries(all)) data.set(name, value);
      return actionOutcome(reviewCorrectionAction('es', proposed.id, null, data));
    };

    const { state } = await review({ sourceTitle: ' ', sourcePublisher: 'INDDHH' });
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: {
        sourceTitle:
          'Escriba un título para la fuente: las páginas públicas muestran las fuentes por su título, no por su dirección.',
      },
      summary: 'Hay 1 problema en el formulario',
      values: { value: 'mnp@example.org', sourcePublisher: 'INDDHH' },
    });
    expect((await prisma.correction.findUniqueOrThrow({ where: { id: proposed.id } })).status).toBe(
      'PENDING',
    );

    const done = await review({ sourceTitle: 'Contacto del MNP', sourcePublisher: 'INDDHH' });
    expect(done).toEqual({ redirect: '/es/admin/corrections?done=accepted' });
    const citation = await prisma.factCitation.findUniqueOrThrow({
      where: {
        entityType_entityId_fact: {
          entityType: 'mechanism',
          entityId: mechanism.id,
          fact: 'email',
        },
      },
      include: { sources: true },
    });
    expect(citation.sources).toEqual([
      expect.objectContaining({ title: 'Contacto del MNP', publisher: 'INDDHH', url: sourceUrl }),
    ]);
  });
});
