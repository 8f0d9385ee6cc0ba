import { createServer } from 'node:net';

/** A loopback port nobody listens on right now (the system picks it). */
export const anyFreePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
  });
