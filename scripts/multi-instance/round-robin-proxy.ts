// The load balancer of `npm run test:multi`, doing what deploy/nginx-multi.conf does for the
// docker-compose profile `multi`: round robin over the instances, Host kept, X-Forwarded-For and
// X-Forwarded-Proto set, an instance that failed skipped for a while, and a request handed to the
// next instance when the failed one never received it (a refused connection: also a POST) or
// when it is idempotent and no answer had begun (nginx's `proxy_next_upstream error timeout`).
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request as httpRequest,
  type ServerResponse,
} from 'node:http';

export type Upstream = { name: string; port: number };

export type RoundRobinProxy = { port: number; close: () => Promise<void> };

/** The response header naming the instance that answered, for the test to count. */
export const UPSTREAM_HEADER = 'x-upstream';

// Connection-level headers: each hop has its own (the body is re-sent with a Content-Length).
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'te', 'trailer'];
const IDEMPOTENT = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'];

const withoutHopByHop = (headers: IncomingHttpHeaders) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.includes(name)));

const readBody = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

type Outcome = 'answered' | 'unsent' | 'failed';

export const startRoundRobinProxy = async ({
  port,
  upstreams,
  downForMs = 10_000,
}: {
  port: number;
  upstreams: readonly Upstream[];
  /** How long a failed instance gets no new requests (nginx's fail_timeout). */
  downForMs?: number;
}): Promise<RoundRobinProxy> => {
  let turn = 0;
  const downUntil = new Map<string, number>();

  /** The next instance in turn not tried yet, preferring those not marked down. */
  const pick = (tried: ReadonlySet<Upstream>): Upstream | undefined => {
    const inTurn = upstreams.map((_, i) => upstreams[(turn + i) % upstreams.length]!);
    const untried = inTurn.filter((upstream) => !tried.has(upstream));
    const now = Date.now();
    const chosen =
      untried.find((upstream) => (downUntil.get(upstream.name) ?? 0) <= now) ?? untried[0];
    if (chosen) turn = (upstreams.indexOf(chosen) + 1) % upstreams.length;
    return chosen;
  };

  const forward = (
    upstream: Upstream,
    request: IncomingMessage,
    body: Buffer,
    response: ServerResponse,
  ) =>
    new Promise<Outcome>((resolve) => {
      const client = request.socket.remoteAddress ?? '';
      const forwardedFor = request.headers['x-forwarded-for'];
      const outgoing = httpRequest({
        host: '127.0.0.1',
        port: upstream.port,
        method: request.method,
        path: request.url,
        // A fresh connection per request: a killed instance then refuses at once, instead of a
        // pooled socket failing after the request was written.
        agent: false,
        headers: {
          ...withoutHopByHop(request.headers),
          'x-forwarded-for': forwardedFor ? `${String(forwardedFor)}, ${client}` : client,
          'x-forwarded-proto': 'http',
          'content-length': String(body.length),
        },
      });
      outgoing.on('response', (answer) => {
        response.writeHead(answer.statusCode ?? 502, {
          ...withoutHopByHop(answer.headers),
          [UPSTREAM_HEADER]: upstream.name,
        });
        answer.pipe(response);
        // The instance died in the middle of its answer: the client sees a cut, not a success.
        answer.on('aborted', () => response.destroy());
        resolve('answered');
      });
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        downUntil.set(upstream.name, Date.now() + downForMs);
        if (response.headersSent) {
          response.destroy();
          return resolve('answered');
        }
        resolve(error.code === 'ECONNREFUSED' ? 'unsent' : 'failed');
      });
      outgoing.end(body);
    });

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request);
    const retriable = IDEMPOTENT.includes(request.method ?? '');
    const tried = new Set<Upstream>();
    for (let upstream = pick(tried); upstream; upstream = pick(tried)) {
      tried.add(upstream);
      const outcome = await forward(upstream, request, body, response);
      if (outcome === 'answered') return;
      if (outcome === 'failed' && !retriable) break;
    }
    response.writeHead(502, { 'content-type': 'text/plain' }).end('No instance answered.\n');
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve, reject) =>
    server.once('error', reject).listen(port, '127.0.0.1', resolve),
  );
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
