import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

import { logger } from '@/server/log/logger';

import { actionOutcome } from '../../../tests/support/action-outcome';
import { deleteRateLimitRows, uniqueIp } from '../../../tests/support/rate-limit-fixtures';

const OPERATORS = 'operators@prevenir.test';
const BROKEN = 'broken-inbox@prevenir.test';

// A real SMTP server for this file, started before src/env.ts reads SMTP_URL and CONTACT_EMAIL.
// It refuses mail to BROKEN, as a full or closed mailbox would.
const smtp = await vi.hoisted(async () => {
  const { startSmtpSink } = await import('../../../tests/support/smtp-sink');
  const sink = await startSmtpSink({
    reply: (to) => (to.includes('broken-inbox@prevenir.test') ? 'refuse' : 'accept'),
  });
  process.env.SMTP_URL = sink.url;
  process.env.CONTACT_EMAIL = 'operators@prevenir.test';
  return sink;
});

// The client address scripts/serve.ts would have stamped on the request.
const client = vi.hoisted(() => ({ ip: '' }));
vi.mock('@/server/auth/client-ip', () => ({ getClientIp: async () => client.ip }));
vi.mock('next-intl/server', () => import('../../../tests/support/next-intl-server-mock'));

const { env } = await import('@/env');
const { sendContactAction } = await import('./actions');
const { createFormToken } = await import('@/server/forms/create-form-token');

const ips: string[] = [];
afterEach(() => {
  env.CONTACT_EMAIL = OPERATORS;
});
afterAll(async () => {
  await deleteRateLimitRows([...ips, 'contact-total']);
  await smtp.close();
});

/** A fresh client address and sender for each test, so no test shares another's counters. */
const visitor = () => {
  client.ip = uniqueIp();
  ips.push(client.ip);
  return `visitor-${Math.random().toString(36).slice(2)}@prevenir.test`;
};

/** The form as a browser posts it, shown 10 seconds ago unless told. */
const form = (fields: Record<string, string>, shownAt = Date.now() - 10_000) => {
  const data = new FormData();
  const all = {
    name: 'Ana Pérez',
    email: 'ana@prevenir.test',
    topic: 'partnership',
    message: 'Queremos presentar un proyecto conjunto.\nSaludos.',
    homepage: '',
    startedAt: createFormToken('contact-form', shownAt),
    ...fields,
  };
  for (const [name, value] of Object.entries(all)) data.set(name, value);
  return data;
};

/** Mails to the operators whose Reply-To is `sender`. */
const mailsFrom = (sender: string) =>
  smtp.mailsTo(OPERATORS).filter((mail) => mail.header('reply-to')?.includes(sender));

describe('sendContactAction (public, no account)', () => {
  it('mails the message to the operators, answerable by replying, and leads to the thank-you', async () => {
    const sender = visitor();
    const result = await actionOutcome(sendContactAction('es', null, form({ email: sender })));
    expect(result).toEqual({ redirect: '/es/contact?sent=1' });
    const [mail] = mailsFrom(sender);
    expect(mail?.to).toEqual([OPERATORS]);
    expect(mail?.parsed.replyTo).toEqual([{ address: sender, name: '' }]);
    expect(mail?.parsed.from?.address).toBe('no-reply@localhost');
    expect(mail?.parsed.subject).toBe('Prevenir – formulario de contacto: Alianza o colaboración');
    expect(mail?.parsed.text).toContain(`Ana Pérez <${sender}> escribió mediante el formulario`);
    expect(mail?.parsed.text).toContain('/es/contact)');
    expect(mail?.parsed.text).toContain('Queremos presentar un proyecto conjunto.\nSaludos.');
    expect(mail?.parsed.text).toContain(`Responda a este correo para contestar a ${sender}.`);
  });

  it('gives localized field errors and keeps what was typed; nothing is mailed', async () => {
    const sender = visitor();
    const typed = {
      name: 'Ana',
      email: '',
      topic: 'gossip',
      message: 'x'.repeat(5001),
    };
    const { state } = await actionOutcome(sendContactAction('pt', null, form(typed)));
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: {
        email: 'Este campo é obrigatório.',
        topic: 'Escolha uma das opções.',
        message: 'O texto é longo demais.',
      },
      summary: 'Há 3 problemas no formulário',
      values: typed,
    });

    const notAnAddress = await actionOutcome(
      sendContactAction('en', null, form({ email: `${sender}\r\nBcc: x@example.org` })),
    );
    expect(notAnAddress.state).toMatchObject({
      fieldErrors: { email: 'Enter a valid e-mail address.' },
      summary: 'There is 1 problem in the form',
    });
    expect(mailsFrom(sender)).toHaveLength(0);
  });

  it('tells a filled honeypot it worked, and mails nothing', async () => {
    const sender = visitor();
    const result = await actionOutcome(
      sendContactAction('en', null, form({ email: sender, homepage: 'https://spam.example' })),
    );
    expect(result).toEqual({ redirect: '/en/contact?sent=1' });
    expect(mailsFrom(sender)).toHaveLength(0);
  });

  it('refuses a form sent right after it was shown, or with another form’s token, with a fresh token to send again', async () => {
    const sender = visitor();
    const quick = form({ email: sender }, Date.now());
    const { state } = await actionOutcome(sendContactAction('en', null, quick));
    expect(state).toMatchObject({
      ok: false,
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types matchers as any
      formError: expect.stringContaining('The form was sent very quickly after it opened'),
      values: { email: sender, message: 'Queremos presentar un proyecto conjunto.\nSaludos.' },
    });
    const fresh = state && !state.ok ? state.values.startedAt : undefined;
    expect(fresh).toMatch(/^\d+\.[\w-]{43}$/);
    expect(fresh).not.toBe(quick.get('startedAt'));

    const borrowed = await actionOutcome(
      sendContactAction(
        'es',
        null,
        form({
          email: sender,
          startedAt: createFormToken('correction-form', Date.now() - 10_000),
        }),
      ),
    );
    expect(borrowed.state).toMatchObject({
      formError: 'No se pudo comprobar el formulario. Envíelo de nuevo.',
    });
    expect(mailsFrom(sender)).toHaveLength(0);
  });

  it('takes 5 messages an hour from one client address, then keeps the sixth as typed', async () => {
    const sender = visitor();
    for (let n = 1; n <= 5; n++) {
      const sent = await actionOutcome(sendContactAction('en', null, form({ email: sender })));
      expect(sent.redirect).toBe('/en/contact?sent=1');
    }
    const { state } = await actionOutcome(
      sendContactAction('en', null, form({ email: sender, message: 'Sixth' })),
    );
    expect(state).toMatchObject({
      ok: false,
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types matchers as any
      formError: expect.stringContaining('Too many messages'),
      values: { message: 'Sixth' },
    });
    expect(mailsFrom(sender)).toHaveLength(5);

    // Another address is not held back by this one's messages.
    const other = visitor();
    const fine = await actionOutcome(sendContactAction('en', null, form({ email: other })));
    expect(fine.redirect).toBe('/en/contact?sent=1');
  });

  it('keeps what was typed when the mail server refuses the message', async () => {
    visitor();
    env.CONTACT_EMAIL = BROKEN;
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const { state } = await actionOutcome(
      sendContactAction('en', null, form({ message: 'Did it arrive?' })),
    );
    expect(state).toMatchObject({
      ok: false,
      formError:
        'Your message could not be sent just now. Please try again later: what you wrote has been kept.',
      values: { message: 'Did it arrive?' },
    });
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });

  it('sends nothing when the operators set no address (the page shows no form then)', async () => {
    const sender = visitor();
    env.CONTACT_EMAIL = undefined;
    const { state } = await actionOutcome(sendContactAction('pt', null, form({ email: sender })));
    expect(state).toMatchObject({
      ok: false,
      formError:
        'Este site não tem endereço de contato, por isso sua mensagem não pôde ser enviada.',
      values: { email: sender },
    });
    expect(mailsFrom(sender)).toHaveLength(0);
  });
});
