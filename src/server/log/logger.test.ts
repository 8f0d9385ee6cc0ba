import { describe, expect, it } from 'vitest';

import { captureLog as capture } from '../../../tests/support/capture-log';
import { requestContext, requestIdFor } from './request-context';

describe('createLogger', () => {
  it('writes JSON lines with the request id of the request being served', () => {
    const { logger, lines } = capture();
    requestContext.run({ requestId: 'req-1' }, () => logger.info('served'));
    logger.info('outside any request');
    expect(lines[0]).toMatchObject({ level: 'info', requestId: 'req-1', msg: 'served' });
    expect(lines[1]).not.toHaveProperty('requestId');
  });

  it('never writes secrets, cookies, authorization headers or e-mail addresses', () => {
    const { logger, lines } = capture();
    logger.warn(
      {
        password: 'hunter2-secreto',
        user: { email: 'ana@example.org', role: 'EDITOR' },
        headers: {
          cookie: 'next-auth.session-token=abc',
          authorization: 'Bearer eyJabc',
          'set-cookie': 'x=1',
        },
        note: 'escribió luis.perez@mnp.gob.pe',
      },
      'sign-in failed for maria@example.com',
    );
    logger.error(new Error('mail to joao@example.com.br bounced'));
    const text = JSON.stringify(lines);
    for (const secret of [
      'hunter2',
      'ana@example.org',
      'session-token',
      'eyJabc',
      'x=1',
      'luis.perez',
      'maria@example.com',
      'joao@',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({
      user: { email: '[redacted]', role: 'EDITOR' },
      headers: { cookie: '[redacted]' },
      note: 'escribió [email]',
      msg: 'sign-in failed for [email]',
    });
    expect(lines[1]).toMatchObject({ msg: 'mail to [email] bounced', err: { type: 'Error' } });
  });

  it('keeps module paths in stack traces readable (they are not e-mail addresses)', () => {
    const { logger, lines } = capture();
    const error = new Error('boom');
    error.stack = 'Error: boom\n    at node_modules/@aws-sdk/core/dist-cjs/index.js:1:2';
    logger.error({ err: error }, 'failed');
    expect(JSON.stringify(lines[0])).toContain('node_modules/@aws-sdk/core/dist-cjs/index.js');
  });

  it('logs an error’s code but not the client and connection settings a library attached', () => {
    const { logger, lines } = capture();
    const error = Object.assign(new Error('terminating connection'), {
      code: '57P01',
      client: { connectionParameters: { user: 'prevenir', password: 'pg-secret-pass' } },
    });
    logger.error({ err: error }, 'jobs: queue error');
    expect(lines[0]).toMatchObject({ err: { message: 'terminating connection', code: '57P01' } });
    expect(JSON.stringify(lines[0])).not.toContain('pg-secret-pass');
  });
});

describe('requestIdFor', () => {
  it('keeps a well-formed incoming id only from a trusted proxy', () => {
    expect(requestIdFor('abc-123', true)).toBe('abc-123');
    expect(requestIdFor('abc-123', false)).not.toBe('abc-123');
    for (const hostile of ['a b', 'x'.repeat(200), '<script>', undefined]) {
      expect(requestIdFor(hostile, true)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
