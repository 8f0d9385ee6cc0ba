// A stand-in for scripts/serve.ts in tests/unit/drain-server.test.ts: the same SIGTERM handling
// around a server whose every answer takes 500 ms. Prints its port once listening.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { drainOnSigterm } from '../../scripts/lib/drain-server';

const server = createServer((_request, response) => {
  setTimeout(() => response.end('saved'), 500);
}).listen(0, '127.0.0.1', () => {
  console.log((server.address() as AddressInfo).port);
});
drainOnSigterm({ server, timeoutMs: 5000 });
