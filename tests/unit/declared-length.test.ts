import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { describe, expect, it } from 'vitest';

import { DECLARED_LENGTH_HEADER, restoreDeclaredLength } from '../../scripts/lib/declared-length';

describe('restoreDeclaredLength', () => {
  it('sends a declared length as Content-Length (not chunked), and leaves other answers alone', async () => {
    const server = createServer((request, response) => {
      restoreDeclaredLength(response);
      if (request.url === '/declared') response.setHeader(DECLARED_LENGTH_HEADER, '5');
      response.write('he');
      response.end('llo');
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const declared = await fetch(`${base}/declared`);
      expect(declared.headers.get('content-length')).toBe('5');
      expect(declared.headers.get('transfer-encoding')).toBeNull();
      expect(declared.headers.get(DECLARED_LENGTH_HEADER)).toBeNull();
      expect(await declared.text()).toBe('hello');
      const plain = await fetch(`${base}/plain`);
      expect(plain.headers.get('content-length')).toBeNull();
      expect(plain.headers.get('transfer-encoding')).toBe('chunked');
    } finally {
      server.close();
    }
  });
});
