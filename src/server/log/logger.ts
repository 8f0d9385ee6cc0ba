// No 'server-only': the scripts that run outside Next.js (serve, start, backup) log the same way.
import pino, { type DestinationStream, type Logger } from 'pino';

import { requestContext } from './request-context';

/** Fields that hold secrets or personal data wherever they appear in a log line. */
const SENSITIVE_KEYS = [
  'email',
  'password',
  'passwordHash',
  'token',
  'secret',
  'cookie',
  'authorization',
  'set-cookie',
];
const REDACT_PATHS = SENSITIVE_KEYS.flatMap((key) => {
  const field = /^[a-z]+$/i.test(key) ? key : `["${key}"]`;
  const join = field.startsWith('[') ? '' : '.';
  return [field, `*${join}${field}`, `*.*${join}${field}`];
});

// Not module paths in stack traces (node_modules/@aws-sdk/…): a domain has no slash.
const EMAIL = /[\w.%+-]+@[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}/gi;

/** Addresses typed into free text (error messages, mail failures) are personal data too. */
export const scrubEmails = (text: string) => text.replace(EMAIL, '[email]');

const scrub = (value: unknown, depth = 0): unknown => {
  if (typeof value === 'string') return scrubEmails(value);
  if (depth > 4 || value === null || typeof value !== 'object' || value instanceof Error)
    return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, scrub(item, depth + 1)]),
  );
};

/**
 * An error's type, message, stack and its own plain fields (code, status…), never the objects
 * libraries hang on errors: node-postgres attaches its client, connection settings included.
 */
const serializeError = (error: Error) => {
  const { type, message, stack, ...fields } = pino.stdSerializers.err(error);
  const plain = Object.entries(fields).filter(
    ([, value]) => value === null || typeof value !== 'object',
  );
  return scrub({ type, message, stack, ...Object.fromEntries(plain) });
};

/**
 * JSON lines on stdout: level, time, the request id of the request being served (when there is
 * one), the message and its fields, with secrets and e-mail addresses replaced.
 */
export const createLogger = (destination?: DestinationStream): Logger =>
  pino(
    {
      level: process.env.LOG_LEVEL || 'info',
      base: undefined,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError },
      formatters: {
        level: (label) => ({ level: label }),
        log: (fields) => scrub(fields) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          // `log.error(error)` would copy the error's raw message into msg: name it instead.
          const [first, ...rest] = args as unknown[];
          const named = first instanceof Error ? [{ err: first }, rest[0] ?? first.message] : args;
          const scrubbed = named.map((arg) => (typeof arg === 'string' ? scrubEmails(arg) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
      mixin: () => {
        const requestId = requestContext.getStore()?.requestId;
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );

const KEY = Symbol.for('prevenir.logger');
const holder = globalThis as { [KEY]?: Logger };

/** The process's logger (one, also when Next.js bundles this module into several chunks). */
export const logger = (holder[KEY] ??= createLogger());
