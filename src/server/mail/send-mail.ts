import 'server-only';

import nodemailer from 'nodemailer';

import { env } from '@/env';

export type SendMailOptions = { to: string; subject: string; text: string };

let transport: nodemailer.Transporter | undefined;

/**
 * Sends a plain-text mail through SMTP_URL. Without SMTP_URL the mail is printed to the server's
 * console instead (development, or a first `npm start`): whoever reads those logs runs the server
 * and could reset any password anyway, so nothing is disclosed to anyone new.
 */
export const sendMail = async ({ to, subject, text }: SendMailOptions): Promise<void> => {
  if (!env.SMTP_URL) {
    console.warn(
      `[mail] SMTP_URL is not set, so this mail is printed instead of sent.\n` +
        `To: ${to}\nSubject: ${subject}\n\n${text}\n[mail] end`,
    );
    return;
  }
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.MAIL_FROM, to, subject, text });
};
