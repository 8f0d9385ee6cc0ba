import { describe, expect, it } from 'vitest';

import { GET } from './route';

describe('GET /api/health', () => {
  it('answers 200 ok, never cached, without a database', () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    return expect(response.json()).resolves.toEqual({ status: 'ok' });
  });
});
