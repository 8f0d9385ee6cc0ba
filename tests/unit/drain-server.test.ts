// SIGTERM in scripts/serve.ts: the server finishes the requests in flight, takes no new ones, and
// gives up after a bounded time.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { drainServer } from '../../scripts/lib/drain-server';

let server: Server;

const start = async (delayMs: number) => {
  server = createServer((_request, response) => {
    if (delayMs < 0) return; // never answers
    setTimeout(() => response.end('saved'), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

const post = (port: number) =>
  new Promise<string>((resolve, reject) => {
    request({ host: '127.0.0.1', port, method: 'POST' }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve(body));
    })
      .on('error', reject)
      .end();
  });

afterEach(() => server.closeAllConnections());

describe('draining the server', () => {
  it('finishes a request in flight and refuses new connections', async () => {
    const port = await start(300);
    const inFlight = post(port);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const drained = drainServer(server, 5000);
    await expect(post(port)).rejects.toThrow(/ECONNREFUSED/);
    expect(await inFlight).toBe('saved');
    expect(await drained).toBe(true);
  });

  it('cuts a request that outlives the bound', async () => {
    const port = await start(-1);
    const stuck = post(port);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await drainServer(server, 200)).toBe(false);
    await expect(stuck).rejects.toThrow(/socket hang up|ECONNRESET/);
  });

  it('on SIGTERM, the server process answers the request in flight, then exits cleanly', async () => {
    const child = spawn('node_modules/.bin/tsx', ['tests/support/slow-server.ts'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [line] = (await once(child.stdout, 'data')) as [Buffer];
    const port = Number(line.toString().trim());
    const inFlight = post(port);
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGTERM');
    expect(await inFlight).toBe('saved');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });
});
