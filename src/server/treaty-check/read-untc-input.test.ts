import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { OPCAT_FILE, opcatPage } from '../../../tests/fixtures/untc/untc-fixtures';
import { readUntcInput } from './read-untc-input';

// A real local HTTP server stands in for treaties.un.org: no network is needed.
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/page') {
      response.end(opcatPage());
    } else if (request.url === '/huge') {
      // No Content-Length: the limit must hold while reading.
      response.write('x'.repeat(64 * 1024));
      response.end('x'.repeat(64 * 1024));
    } else if (request.url === '/slow') {
      response.write('<html>');
      setTimeout(() => response.end('</html>'), 3_000).unref();
    } else {
      response.statusCode = 404;
      response.end('not here');
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('readUntcInput', () => {
  it('fetches a page from an address and reads a saved file', async () => {
    expect(await readUntcInput(`${base}/page`)).toEqual({
      from: `${base}/page`,
      html: opcatPage(),
    });
    expect(await readUntcInput(OPCAT_FILE)).toEqual({ from: 'cat_op.html', html: opcatPage() });
  });

  it('stops at the size limit, the timeout, an error status or a missing file', async () => {
    await expect(readUntcInput(`${base}/huge`, { maxBytes: 100 * 1024 })).rejects.toThrow(
      'is larger than 100 kB',
    );
    await expect(readUntcInput(OPCAT_FILE, { maxBytes: 1024 })).rejects.toThrow(
      'cat_op.html is larger than 1 kB',
    );
    await expect(readUntcInput(`${base}/slow`, { timeoutMs: 500 })).rejects.toThrow(
      'no complete answer within 0.5 s',
    );
    await expect(readUntcInput(`${base}/gone`)).rejects.toThrow('answered 404');
    await expect(readUntcInput('/nonexistent/cat.html')).rejects.toThrow('Cannot read the file');
  });
});
