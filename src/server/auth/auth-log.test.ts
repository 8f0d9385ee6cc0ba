import { describe, expect, it } from 'vitest';

import { requestContext } from '@/server/log/request-context';

import { captureLog } from '../../../tests/support/capture-log';
import { createAuthLog } from './auth-log';

const capture = () => {
  const { logger, lines } = captureLog();
  return { authLog: createAuthLog(logger), lines };
};

describe('createAuthLog', () => {
  it("logs a forged callback URL as a warning with its code and request id, not the client's text", () => {
    const { authLog, lines } = capture();
    const forged = "' OR 1=1--\n[next-auth][error][FAKE]";
    requestContext.run({ requestId: 'req-7' }, () =>
      authLog.error(
        'INVALID_CALLBACK_URL_ERROR',
        new Error(`Invalid callback URL. Received: ${forged}`),
      ),
    );
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'warn',
        requestId: 'req-7',
        code: 'INVALID_CALLBACK_URL_ERROR',
        msg: 'auth: request refused',
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('OR 1=1');
  });

  it('logs a failure not caused by the client as an error', () => {
    const { authLog, lines } = capture();
    authLog.error('NO_SECRET', new Error('Please define a `secret` in production.'));
    authLog.warn('DEBUG_ENABLED');
    expect(lines.map(({ level, code }) => [level, code])).toEqual([
      ['error', 'NO_SECRET'],
      ['warn', 'DEBUG_ENABLED'],
    ]);
  });
});
