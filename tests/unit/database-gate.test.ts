import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

import { afterAll, describe, expect, it } from 'vitest';

import es from '../../messages/es.json';
import pt from '../../messages/pt.json';
import { createDatabaseGate } from '../../scripts/lib/database-gate';
import { createDatabaseHealth } from '../../scripts/lib/database-health';

describe('createDatabaseHealth', () => {
  it('checks nothing while the database is up, until a request fails', async () => {
    let checks = 0;
    let answer = true;
    const health = createDatabaseHealth(async () => {
      checks += 1;
      return answer;
    }, 0);
    expect(await health.isUp()).toBe(true);
    expect(await health.isUp()).toBe(true);
    expect(checks).toBe(0);

    answer = false;
    health.reportFailure();
    expect(await health.isUp()).toBe(false);
    expect(checks).toBe(1);
    // While down, every look is a check (the interval is 0 here), until it answers again.
    answer = true;
    expect(await health.isUp()).toBe(true);
    expect(await health.isUp()).toBe(true);
    expect(checks).toBe(2);
  });
});

describe('createDatabaseGate', () => {
  let up = false;
  const gate = createDatabaseGate({
    health: { isUp: async () => up, reportFailure: () => undefined },
  });
  const app = async (request: IncomingMessage, response: ServerResponse) => {
    if (await gate(request, response)) return;
    response.end('from the app');
  };
  const server = createServer((request, response) => void app(request, response));
  const listening = new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
  afterAll(() => void server.close());
  const get = async (pathname: string) => fetch(`http://127.0.0.1:${await listening}${pathname}`);

  it('answers pages with a 503 in the language of the path while the database is down', async () => {
    up = false;
    const portuguese = await get('/pt/countries?page=2');
    expect(portuguese.status).toBe(503);
    expect(portuguese.headers.get('retry-after')).toBe('10');
    expect(portuguese.headers.get('cache-control')).toBe('no-store');
    expect(portuguese.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await portuguese.text()).toContain(pt.Unavailable.description);
    // No language prefix (or an unknown one): the default language.
    expect(await (await get('/fr/x')).text()).toContain(es.Unavailable.title);
  });

  it('lets the build’s static files through, and every request once the database is up', async () => {
    up = false;
    expect(await (await get('/_next/static/chunks/app.js')).text()).toBe('from the app');
    up = true;
    const page = await get('/es');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('from the app');
  });

  it('lets the health endpoints answer for themselves while the database is down', async () => {
    up = false;
    for (const path of ['/api/health', '/api/ready', '/api/health?probe=1']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toBe('from the app');
    }
    // Only those exact paths: anything longer is a request like any other.
    for (const path of ['/api/healthz', '/api/ready/x', '/es/api/health'])
      expect((await get(path)).status, path).toBe(503);
  });
});
