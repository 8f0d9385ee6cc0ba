import 'server-only';

import { Readable } from 'node:stream';

import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';

import { env } from '@/env';

export type SendMailOptions = {
  to: string;
  subject: string;
  text: string;
  /** Where answers go when it is not MAIL_FROM, e.g. the visitor who wrote through a form. */
  replyTo?: string;
  /** An HTML alternative to `text` (mail clients show one of the two). */
  html?: string;
  /** One-click unsubscribe (RFC 8058): `List-Unsubscribe` and `List-Unsubscribe-Post`. */
  unsubscribeUrl?: string;
  /** Extra headers, e.g. `List-Id`. */
  headers?: Record<string, string>;
  /** A stable Message-ID (`<id@host>`). */
  messageId?: string;
};

/**
 * A send that failed. `maybeDelivered` is true when the SMTP server may have accepted the mail
 * anyway: the connection failed after the message started to go out, without an SMTP error
 * code. Sending it again could deliver it twice.
 */
export class MailSendError extends Error {
  readonly maybeDelivered: boolean;

  constructor(cause: unknown, maybeDelivered: boolean) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'MailSendError';
    this.maybeDelivered = maybeDelivered;
  }
}

let transport: nodemailer.Transporter | undefined;

const hasSmtpCode = (error: unknown) =>
  typeof (error as { responseCode?: unknown } | null)?.responseCode === 'number';

/**
 * Sends a mail through SMTP_URL: plain text, optionally with an HTML alternative and list headers.
 * Resolves once the SMTP server has accepted it; throws a MailSendError otherwise.
 *
 * Without SMTP_URL the mail is printed to the server's console instead (development, or a first
 * `npm start`): whoever reads those logs runs the server and could reset any password anyway, so
 * nothing is disclosed to anyone new.
 */
export const sendMail = async ({
  to,
  subject,
  text,
  replyTo,
  html,
  unsubscribeUrl,
  headers = {},
  messageId,
}: SendMailOptions): Promise<void> => {
  if (!env.SMTP_URL) {
    console.warn(
      `[mail] SMTP_URL is not set, so this mail is printed instead of sent.\n` +
        `To: ${to}\n${replyTo ? `Reply-To: ${replyTo}\n` : ''}Subject: ${subject}\n\n${text}\n[mail] end`,
    );
    return;
  }
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  const message = new MailComposer({
    from: env.MAIL_FROM,
    to,
    replyTo,
    subject,
    text,
    html,
    messageId,
    headers: {
      ...headers,
      ...(unsubscribeUrl && {
        // `prepared`: the URL as is, in angle brackets (RFC 2369), not MIME-encoded.
        'List-Unsubscribe': { prepared: true, value: `<${unsubscribeUrl}>` },
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      }),
    },
  }).compile();
  const raw = await message.build();
  // nodemailer reads the message only once connected and signed in to the SMTP server: before
  // that, a failure certainly sent nothing.
  let started = false;
  const stream = new Readable({
    read() {
      started = true;
      this.push(raw);
      this.push(null);
    },
  });
  try {
    await transport.sendMail({ envelope: message.getEnvelope(), raw: stream });
  } catch (error) {
    // With an SMTP reply code the server refused the mail; without one, after the message
    // started to go out, the connection broke and nobody knows whether it was accepted.
    throw new MailSendError(error, started && !hasSmtpCode(error));
  }
};
