import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProxiedRequest = {
  upstream: string;
  method: string;
  url: string;
  /** Next-Action: a server action called by the page's JavaScript (not a form's own POST). */
  action: boolean;
  /** RSC: 1, a client-side navigation's (or prefetch's) request. */
  rsc: boolean;
};

/**
 * A load balancer in miniature: one address in front of several servers, sending every request
 * to the one `use` chose last, as a rolling deploy or a balancer does between two requests of
 * one visitor. Headers pass unchanged (Host too), so the servers see one site.
 */
export const startSwitchingProxy = async (upstreams: Record<string, number>) => {
  let current = Object.keys(upstreams)[0]!;
  const log: ProxiedRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    const upstream = current;
    log.push({
      upstream,
      method: incoming.method ?? 'GET',
      url: incoming.url ?? '/',
      action: incoming.headers['next-action'] !== undefined,
      rsc: incoming.headers.rsc === '1',
    });
    const proxied = forward(
      {
        host: '127.0.0.1',
        port: upstreams[upstream],
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    proxied.on('error', () => outgoing.destroy());
    incoming.pipe(proxied);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    /** Sends the following requests to this upstream. */
    use: (upstream: string) => {
      current = upstream;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
