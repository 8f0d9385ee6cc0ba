import { expect, test } from '@playwright/test';

// What a load balancer or Docker's HEALTHCHECK sees from the production server (scripts/serve.ts).
test.describe('[PUBLIC] health endpoints', () => {
  test('liveness answers 200 ok, never cached, with the security headers', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    const headers = response.headers();
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    // Outside the locale routing: no language cookie on every probe.
    expect(headers['set-cookie']).toBeUndefined();
  });

  test('readiness answers 200 on the migrated database', async ({ request }) => {
    const response = await request.get('/api/ready');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', database: 'ok', migrations: 'ok' });
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(response.headers()['retry-after']).toBeUndefined();
  });
});
