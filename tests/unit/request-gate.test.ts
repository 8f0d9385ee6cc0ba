import { createServer, request, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import type { Duplex } from 'node:stream';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  admitRequest,
  answerClientError,
  isMalformedPath,
  maxBodyBytes,
  parseTrustProxy,
  refuseConnect,
  refuseExpectation,
  SERVER_OPTIONS,
  type TrustProxy,
} from '../../scripts/lib/request-gate';
import { CLIENT_ADDRESS_HEADER } from '../../src/server/security/client-address-header';

let trust: TrustProxy = parseTrustProxy(undefined);
let server: Server;
let port: number;

/** A raw request (the path is sent as is, unnormalized); answers what the app would see. */
const send = (
  path: string,
  headers: Record<string, string> = {},
  body?: Buffer,
  method = body ? 'POST' : 'GET',
) =>
  new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      request({ host: '127.0.0.1', port, path, headers, method })
        .on('response', (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
          );
        })
        .on('error', reject)
        .end(body);
    },
  );

/** Bytes written on a connection as they are; resolves with all that comes back. */
const sendRaw = (bytes: string) =>
  new Promise<string>((resolve, reject) => {
    let text = '';
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    socket
      .on('data', (chunk) => (text += chunk.toString()))
      .on('end', () => resolve(text))
      .on('error', reject);
  });

/**
 * An upload that goes on after the server has answered (for 200 ms, or until `maxBytes` are
 * sent), as a browser's does until it reads the answer: what came back and how much was sent
 * after it; rejects on a reset.
 */
const uploadPastTheAnswer = (framing: string, maxBytes: number) =>
  new Promise<{ answer: string; bytesAfterAnswer: number }>((resolve, reject) => {
    const chunked = framing.startsWith('Transfer-Encoding');
    const piece = Buffer.alloc(64 * 1024, 'a');
    const frame = (data: Buffer) =>
      chunked
        ? Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')])
        : data;
    let answer = '';
    let sent = 0;
    let bytesAfterAnswer = 0;
    let answeredAt = 0;
    // Half-open: the server's FIN after its answer does not end the upload.
    const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true }, () => {
      socket.write(`POST /es/sign-in HTTP/1.1\r\nHost: x\r\n${framing}\r\n\r\n`);
      const writeOn = () => {
        const past = answeredAt > 0 && performance.now() - answeredAt >= 200;
        if (past || sent + piece.length > maxBytes) return socket.end(chunked ? '0\r\n\r\n' : '');
        sent += piece.length;
        if (answeredAt) bytesAfterAnswer += piece.length;
        if (socket.write(frame(piece))) setImmediate(writeOn);
        else socket.once('drain', writeOn);
      };
      writeOn();
    });
    socket
      .on('data', (chunk) => {
        answer += chunk.toString();
        answeredAt ||= performance.now();
      })
      .on('close', (hadError) => hadError || resolve({ answer, bytesAfterAnswer }))
      .on('error', reject);
  });

beforeAll(async () => {
  // The gate as scripts/serve.ts runs it; the "app" echoes the address and the path it was handed.
  server = createServer(SERVER_OPTIONS, (req, res) => {
    if (!admitRequest(req, res, { trust, bodyLimit: maxBodyBytes('1000') })) return;
    // Reads the body as Next.js would, unless the gate has answered already.
    req.resume().on('end', () => {
      if (res.headersSent) return;
      res.setHeader('X-Seen-Path', req.url ?? '');
      res.setHeader('X-Seen-Range', String(req.headers.range ?? 'none'));
      res.end(String(req.headers[CLIENT_ADDRESS_HEADER] ?? ''));
    });
  });
  server
    .on('checkExpectation', refuseExpectation)
    .on('clientError', answerClientError)
    .on('connect', refuseConnect);
  // As Next.js does on the first request: an upgrade handler that closes the connection.
  server.on('upgrade', (_req, socket: Duplex) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('client address', () => {
  it('is the socket address when no proxy is configured, whatever the client claims', async () => {
    trust = parseTrustProxy('');
    const forged = await send('/', {
      'X-Forwarded-For': '203.0.113.7',
      'X-Real-IP': '203.0.113.8',
      [CLIENT_ADDRESS_HEADER]: '203.0.113.9',
    });
    expect(forged.body).toBe('127.0.0.1');
  });

  it('takes the entry added by a trusted proxy, not the ones the client wrote', async () => {
    trust = parseTrustProxy('1');
    // The client forged 203.0.113.7; the proxy (127.0.0.1) appended the address it saw.
    const viaProxy = await send('/', { 'X-Forwarded-For': '203.0.113.7, 198.51.100.4' });
    expect(viaProxy.body).toBe('198.51.100.4');
  });

  it('trusts forwarded entries only from listed proxy addresses', async () => {
    trust = parseTrustProxy('127.0.0.1, 10.0.0.0/8');
    const chain = await send('/', { 'X-Forwarded-For': '203.0.113.7, 198.51.100.4, 10.1.2.3' });
    // 10.1.2.3 is a listed proxy, 198.51.100.4 is not: it is the client.
    expect(chain.body).toBe('198.51.100.4');
    trust = parseTrustProxy('192.0.2.1');
    expect((await send('/', { 'X-Forwarded-For': '203.0.113.7' })).body).toBe('127.0.0.1');
  });

  it('refuses a configuration that is not a hop count or addresses', () => {
    expect(() => parseTrustProxy('not-an-address')).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/TRUST_PROXY/);
  });
});

describe('malformed paths', () => {
  it.each([
    '/es/%FF',
    '/es/countries/%C3%28',
    '/api/files/%zz',
    '/api/events/%00/ics',
    '/es/%0d%0a',
  ])('%s gets a 400 with the security headers, not a 500', async (path) => {
    const response = await send(path);
    expect(response.status).toBe(400);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('keeps only the path of an absolute-form target, whose host the client chose', async () => {
    for (const target of ['http://evil.example/es?q=1', 'HTTPS://evil.example:8443/es?q=1']) {
      const response = await send(target);
      expect(response.status).toBe(200);
      expect(response.headers['x-seen-path']).toBe('/es?q=1');
    }
    expect((await send('http://evil.example')).headers['x-seen-path']).toBe('/');
    expect((await send('http://evil.example/%FF')).status).toBe(400);
  });

  it.each(['*', 'evil.example/es', 'ftp://evil.example/'])(
    'refuses the target %s, which is not a path, with a 400 (`*` was a 500)',
    async (target) => {
      const response = await send(target);
      expect(response.status).toBe(400);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    },
  );

  it('lets well-formed encoded paths through', async () => {
    trust = parseTrustProxy(undefined);
    const response = await send('/es/search%20x?q=%FF');
    expect(response.status).toBe(200);
    expect(isMalformedPath('/pt/pa%C3%ADses')).toBe(false);
  });
});

describe('methods', () => {
  it('answers TRACE, which Next.js failed on with a 500, with a 405 and the security headers', async () => {
    const response = await send('/es', {}, undefined, 'TRACE');
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect((await send('/es', {}, undefined, 'OPTIONS')).status).toBe(200);
  });
});

describe('request bodies', () => {
  it('answers a body over the upload limit with 413 and the security headers', async () => {
    const limit = maxBodyBytes('1000');
    const tooLarge = await send('/es/sign-in', {}, Buffer.alloc(limit + 1));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers['x-content-type-options']).toBe('nosniff');
    expect((await send('/es/sign-in', {}, Buffer.alloc(limit))).status).toBe(200);
  });

  it('counts a body sent without Content-Length and answers 413 once it passes the limit', async () => {
    const limit = maxBodyBytes('1000');
    const chunked = { 'Transfer-Encoding': 'chunked' };
    const tooLarge = await send('/es/sign-in', chunked, Buffer.alloc(limit + 1));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers['x-frame-options']).toBe('DENY');
    expect((await send('/es/sign-in', chunked, Buffer.alloc(limit))).status).toBe(200);
  });

  it('lets a client still uploading read its 413 whole: the connection is not reset under it', async () => {
    const upTo = maxBodyBytes('1000') * 100;
    for (const framing of ['Transfer-Encoding: chunked', `Content-Length: ${upTo}`]) {
      const { answer, bytesAfterAnswer } = await uploadPastTheAnswer(framing, upTo);
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer).toContain('Content Too Large');
      expect(bytesAfterAnswer).toBeGreaterThan(0);
    }
  });
});

describe('requests the HTTP parser refuses', () => {
  it('answers headers over the size limit with 431 and the security headers', async () => {
    const response = await send('/es', { 'X-Padding': 'a'.repeat(20_000) });
    expect(response.status).toBe(431);
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('answers a broken request line with 400 and the security headers', async () => {
    const answer = await sendRaw('GET /es HTTP/1.1\r\nHost: x\r\nBroken header line\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('X-Content-Type-Options: nosniff');
  });

  it('answers CONNECT, which Node left unanswered, with a 405 and the security headers', async () => {
    const answer = await sendRaw('CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: 127.0.0.1:80\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 405 /);
    expect(answer).toContain('Allow: GET, HEAD, POST, OPTIONS');
    expect(answer).toContain('X-Content-Type-Options: nosniff');
  });
});

describe('ranges', () => {
  it('hands the app no Range, which Next.js failed on with a 500 when it could not serve it', async () => {
    for (const range of ['bytes=999999-', 'bytes=5-1', 'bytes=abc', 'bytes=0-1']) {
      const response = await send('/icon.svg', { Range: range, 'If-Range': '"x"' });
      expect(response.status).toBe(200);
      expect(response.headers['x-seen-range']).toBe('none');
    }
  });
});

describe('expectations', () => {
  it('answers an Expect other than 100-continue with a 417 and the security headers', async () => {
    const response = await send('/es', { Expect: '200-ok' });
    expect(response.status).toBe(417);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('upgrade requests', () => {
  it('answers a request asking to upgrade (curl --http2) as a plain one, not a closed connection', async () => {
    const answer = await sendRaw(
      'GET /es HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n' +
        'HTTP2-Settings: AAMAAABkAAQAoAAAAAIAAAAA\r\nConnection: close\r\n\r\n',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
  });
});
