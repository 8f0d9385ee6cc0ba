import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import {
  type RoundRobinProxy,
  startRoundRobinProxy,
  UPSTREAM_HEADER,
} from '../../scripts/multi-instance/round-robin-proxy';
import { anyFreePort } from '../support/free-port';

/** An instance that answers with its name, the body it got and the X-Forwarded-For it saw. */
const startEcho = (name: string) =>
  new Promise<Server>((resolve) => {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () =>
        response.end(
          JSON.stringify({
            name,
            body: Buffer.concat(chunks).toString(),
            forwardedFor: request.headers['x-forwarded-for'],
            host: request.headers.host,
          }),
        ),
      );
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });

const portOf = (server: Server) => (server.address() as AddressInfo).port;
const close = (server: Server) => new Promise((resolve) => server.close(resolve));

let proxy: RoundRobinProxy | undefined;
let servers: Server[] = [];

afterEach(async () => {
  await proxy?.close();
  await Promise.all(servers.filter((server) => server.listening).map(close));
  servers = [];
});

const setUp = async () => {
  servers = [await startEcho('a'), await startEcho('b')];
  proxy = await startRoundRobinProxy({
    port: await anyFreePort(),
    upstreams: servers.map((server, i) => ({ name: 'ab'[i]!, port: portOf(server) })),
  });
  return `http://127.0.0.1:${proxy.port}`;
};

describe('round-robin proxy of the multi-instance test', () => {
  it('takes turns, keeps Host, forwards the body and appends the client to X-Forwarded-For', async () => {
    const origin = await setUp();
    const answers: Record<string, string | null>[] = [];
    for (let i = 0; i < 4; i += 1) {
      const response = await fetch(`${origin}/form`, { method: 'POST', body: `n=${i}` });
      answers.push({
        served: response.headers.get(UPSTREAM_HEADER),
        ...((await response.json()) as Record<string, string>),
      });
    }
    expect(answers.map((answer) => answer.name)).toEqual(['a', 'b', 'a', 'b']);
    expect(answers.map((answer) => answer.served)).toEqual(['a', 'b', 'a', 'b']);
    expect(answers[2]).toMatchObject({
      body: 'n=2',
      forwardedFor: '127.0.0.1',
      host: new URL(origin).host,
    });
  });

  it('hands a POST to the other instance when one refuses connections, and then skips it', async () => {
    const origin = await setUp();
    await close(servers[0]!);
    const names = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(`${origin}/form`, { method: 'POST', body: 'x' });
      expect(response.status).toBe(200);
      names.push(((await response.json()) as { name: string }).name);
    }
    expect(names).toEqual(['b', 'b', 'b']);
  });

  it('answers 502 when no instance is there', async () => {
    const origin = await setUp();
    await Promise.all(servers.map(close));
    expect((await fetch(`${origin}/`)).status).toBe(502);
  });
});
