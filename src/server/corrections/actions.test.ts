import type { AbstractIntlMessages } from 'next-intl';
import { afterAll, describe, expect, it, vi } from 'vitest';

import type { AppLocale } from '@/i18n/routing';
import type { FormState } from '@/lib/forms/form-state';

import { createTestCountry, createTestMechanism } from '../../../tests/support/backoffice-fixtures';
import { deleteRateLimitRows, uniqueIp } from '../../../tests/support/rate-limit-fixtures';

// The client address scripts/serve.ts would have stamped on the request.
const client = vi.hoisted(() => ({ ip: '' }));
vi.mock('@/server/auth/client-ip', () => ({ getClientIp: async () => client.ip }));
// next-intl's server entry needs Next.js's request scope: the same translator over the real
// messages stands in for it.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('use-intl/core');
  return {
    getTranslations: async ({ locale, namespace }: { locale: AppLocale; namespace: string }) =>
      createTranslator({
        locale,
        namespace,
        messages: (
          (await import(`../../../messages/${locale}.json`)) as { default: AbstractIntlMessages }
        ).default,
      }),
  };
});

const { prisma } = await import('@/server/db');
const { proposeCorrectionAction } = await import('./actions');
const { createFormToken } = await import('@/server/forms/create-form-token');

const entityIds: string[] = [];
const ips: string[] = [];
afterAll(async () => {
  await prisma.correction.deleteMany({ where: { entityId: { in: entityIds } } });
  await deleteRateLimitRows([...ips, ...entityIds]);
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

/** Where the action sent the browser (Next.js's redirect is an error carrying the path), or its state. */
const outcome = async (
  action: Promise<FormState>,
): Promise<{ state?: FormState; redirect?: string }> =>
  action.then(
    (state) => ({ state }),
    (thrown: { digest?: string }) => {
      const path = thrown.digest?.split(';')[2];
      if (!path) throw thrown;
      return { redirect: path };
    },
  );

const stored = (entityId: string) => prisma.correction.count({ where: { entityId } });

describe('proposeCorrectionAction (public, no account)', () => {
  it('queues a valid correction and leads to the thank-you page', async () => {
    const mechanism = await setup();
    const result = await outcome(
      proposeCorrectionAction('es', 'mechanism', mechanism.slug, null, form({})),
    );
    expect(result).toEqual({ redirect: `/es/mechanisms/${mechanism.slug}/correction?sent=1` });
    expect(await stored(mechanism.id)).toBe(1);
  });

  it('gives localized field errors and keeps what was typed; nothing is stored', async () => {
    const mechanism = await setup();
    const typed = { proposedValue: '  ', sourceUrl: 'javascript:alert(1)', field: 'catRatifiedOn' };
    const { state } = await outcome(
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
    const result = await outcome(
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
    const { state } = await outcome(
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

    const forged = await outcome(
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
    const tampered = await outcome(
      proposeCorrectionAction('en', 'document', mechanism.slug, null, form({})),
    );
    expect(tampered.state).toMatchObject({
      ok: false,
      formError: 'This content no longer exists.',
    });

    for (let n = 1; n <= 5; n++) {
      await outcome(proposeCorrectionAction('en', 'mechanism', mechanism.slug, null, form({})));
    }
    const { state } = await outcome(
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
