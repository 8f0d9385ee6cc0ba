// A real SMTP server (the smtp-server package) that keeps what it receives, for tests of code that
// sends mail through SMTP_URL. Used by Vitest (any free port) and Playwright (the e2e server's
// E2E_SMTP_PORT, which one spec file at a time can hold: `waitForPortMs` waits for it).
import { SMTPServer } from 'smtp-server';

export type CaughtMail = {
  to: string[];
  /** Decoded: MIME-encoded words and the transfer encoding undone. */
  subject: string;
  text: string;
  raw: string;
};

export type MailCatcher = {
  port: number;
  mails: CaughtMail[];
  /** Recipients the server refuses (RCPT TO answered 550), to make a send fail for real. */
  refused: Set<string>;
  /** The first mail to `address` (waits for it). */
  mailTo: (address: string, timeoutMs?: number) => Promise<CaughtMail>;
  close: () => Promise<void>;
};

const decodeBytes = (text: string) => {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
};

const decodeQuotedPrintable = (text: string) => decodeBytes(text.replace(/=\r?\n/g, ''));

const decodeWords = (header: string) =>
  header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, word: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(word, 'base64').toString('utf8')
        : decodeBytes(word.replaceAll('_', ' ')),
    );

/** Headers and body of a single-part text mail, as nodemailer writes it. */
export const parseMail = (raw: string) => {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return { subject: decodeWords(header('Subject')), text: text.replace(/\r\n/g, '\n') };
};

const listen = (server: SMTPServer, port: number) =>
  new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve();
    });
  });

export type StartMailCatcherOptions = {
  /** 0: any free port. */
  port?: number;
  /** How long to wait for `port` while another test file holds it. */
  waitForPortMs?: number;
};

export const startMailCatcher = async ({
  port = 0,
  waitForPortMs = 0,
}: StartMailCatcherOptions = {}): Promise<MailCatcher> => {
  const mails: CaughtMail[] = [];
  const refused = new Set<string>();
  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (refused.has(address.address)) {
          const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
          return callback(error);
        }
        callback();
      },
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          mails.push({ to, raw, ...parseMail(raw) });
          callback();
        });
      },
    });

  const deadline = Date.now() + waitForPortMs;
  let server = create();
  for (;;) {
    try {
      await listen(server, port);
      break;
    } catch (error) {
      const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      if (!inUse || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
      server = create();
    }
  }
  const address = server.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;

  const mailTo = async (to: string, timeoutMs = 15_000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const mail = mails.find((m) => m.to.includes(to));
      if (mail) return mail;
      if (Date.now() > until) throw new Error(`No mail to ${to} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  return {
    port: boundPort,
    mails,
    refused,
    mailTo,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
