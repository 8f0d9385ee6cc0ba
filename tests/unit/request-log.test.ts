import { createServer, type Server } from 'node:http';

import { afterEach, describe, expect, it } from 'vitest';

import { createRequestLog, trustsRequestId } from '../../scripts/lib/request-log';
import { captureLog } from '../support/capture-log';

const servers: Server[] = [];
afterEach(() =>
  Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve)))),
);

/** A server wrapped as scripts/serve.ts wraps Next.js, whose handler logs one line of its own. */
const serve = async (trusted: boolean) => {
  const { logger: log, lines } = captureLog();
  const server = createServer(
    createRequestLog({ trusted, log })((request, response) => {
      setTimeout(() => {
        log.info({ seen: request.headers['x-request-id'] }, 'handler at work');
        response.end('ok');
      }, 5);
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`http://127.0.0.1:${port}${path}`, { headers });
  return { get, lines };
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('createRequestLog', () => {
  it('gives each request its own id, echoed to the client and on every line logged for it', async () => {
    const { get, lines } = await serve(false);
    const [first, second] = await Promise.all([
      get('/es/restablecer?token=secreto-de-un-solo-uso'),
      get('/pt', { 'X-Request-Id': 'forged-by-a-client' }),
    ]);
    await Promise.all([first.text(), second.text()]);
    await settle();
    const ids = [first, second].map((response) => response.headers.get('x-request-id'));
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    // Not trusted: a client cannot choose the id its lines are filed under.
    expect(ids[1]).not.toBe('forged-by-a-client');
    expect(ids[0]).not.toBe(ids[1]);
    for (const id of ids) {
      const mine = lines.filter((line) => line.requestId === id);
      expect(mine.map((line) => line.msg).sort()).toEqual(['handler at work', 'request']);
      expect(mine.find((line) => line.msg === 'handler at work')).toMatchObject({ seen: id });
    }
    // The access line keeps the path, never the query (reset tokens travel there).
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'request', path: '/es/restablecer', status: 200 }),
    );
    expect(JSON.stringify(lines)).not.toContain('secreto');
  });

  it('keeps the id a trusted proxy set', async () => {
    const { get, lines } = await serve(true);
    const response = await get('/', { 'X-Request-Id': 'nginx-7f3a' });
    await response.text();
    await settle();
    expect(response.headers.get('x-request-id')).toBe('nginx-7f3a');
    expect(lines.every((line) => line.requestId === 'nginx-7f3a')).toBe(true);
  });
});

describe('trustsRequestId', () => {
  it('reads TRUST_REQUEST_ID, off by default, and refuses anything but true or false', () => {
    expect(trustsRequestId(undefined)).toBe(false);
    expect(trustsRequestId('true')).toBe(true);
    expect(() => trustsRequestId('yes')).toThrow();
  });
});
