// A real SMTP server (the smtp-server package) on a free loopback port, for tests that check
// the mails the app sends: each accepted message is parsed (postal-mime) and kept in order.
import type { Socket } from 'node:net';

import PostalMime, { type Email } from 'postal-mime';
import { SMTPServer } from 'smtp-server';

import { anyFreePort } from './free-port';

export type SunkMail = {
  to: string[];
  raw: string;
  parsed: Email;
  /** Header lookup, case-insensitive, unfolded. */
  header: (name: string) => string | undefined;
};

/**
 * What the server does with a message once it has received all of it: accept it (250), refuse
 * it (an SMTP error with a code), or drop the connection without answering, or never answer.
 * The message counts as received in every case except `refuse`.
 */
export type SinkReply = 'accept' | 'refuse' | 'drop' | 'hang';

export type SmtpSinkOptions = { reply?: (to: string[]) => SinkReply };

export const startSmtpSink = async ({ reply = () => 'accept' }: SmtpSinkOptions = {}) => {
  const mails: SunkMail[] = [];
  const sockets = new Set<Socket>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        void (async () => {
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          const answer = reply(to);
          if (answer === 'refuse') {
            const error = new Error('Mailbox busy, try again later') as Error & {
              responseCode: number;
            };
            error.responseCode = 451;
            return callback(error);
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          const parsed = await PostalMime.parse(raw);
          mails.push({
            to,
            raw,
            parsed,
            header: (name) =>
              parsed.headers
                .find((h) => h.key === name.toLowerCase())
                ?.value.replace(/\r?\n\s+/g, ' '),
          });
          if (answer === 'accept') return callback();
          if (answer === 'drop') {
            for (const socket of sockets) socket.destroy();
          }
          // 'hang': no answer at all; the client waits until it is killed or times out.
        })();
      });
    },
  });
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await anyFreePort();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });

  const mailsTo = (address: string) => mails.filter((mail) => mail.to.includes(address));

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails,
    mailsTo,
    /** Resolves with the mails to `address` once there are `count` of them. */
    waitForMails: async (address: string, count = 1, timeoutMs = 20_000) => {
      const deadline = Date.now() + timeoutMs;
      while (mailsTo(address).length < count) {
        if (Date.now() > deadline) {
          throw new Error(
            `Expected ${count} mail(s) to ${address}, got ${mailsTo(address).length}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return mailsTo(address);
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

export type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;
