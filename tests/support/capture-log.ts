import { Writable } from 'node:stream';

import { createLogger } from '../../src/server/log/logger';

/** A logger like the server's whose JSON lines land in `lines`, parsed. */
export const captureLog = () => {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger(destination), lines };
};
