import type { LoggerInstance } from 'next-auth';
import type { Logger } from 'pino';

/** What a client sent that next-auth refused (a forged callback URL or session cookie). */
const CLIENT_CAUSED = new Set(['INVALID_CALLBACK_URL_ERROR', 'JWT_SESSION_ERROR']);

/**
 * next-auth's messages as our JSON log lines (with the request id), by their code only: its own
 * logger prints plain text with what the client sent in it (a callback URL, a token). A refused
 * request is a warning, since any client can cause one; anything else is an error of ours.
 */
export const createAuthLog = (logger: Logger): LoggerInstance => ({
  error: (code) =>
    CLIENT_CAUSED.has(code)
      ? logger.warn({ code }, 'auth: request refused')
      : logger.error({ code }, 'auth: next-auth failed'),
  warn: (code) => logger.warn({ code }, 'auth: next-auth warning'),
  // Only called with `debug: true`, which is never set.
  debug: () => undefined,
});
