import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';

import proxy from './proxy';

const run = (path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(new URL(path, 'http://127.0.0.1:3000'), { headers }));

describe('proxy', () => {
  it.each([
    ['/es/countries/a%00b', '/es/not-found'],
    ['/pt/documents/%0d%0aSet-Cookie:x', '/pt/not-found'],
    ['/wp-login%7F.php', '/es/not-found'],
  ])('sends %s, which no page can name, to the locale 404 (%s) with its CSP', (path, target) => {
    const response = run(path);
    expect(new URL(response.headers.get('x-middleware-rewrite') ?? '').pathname).toBe(target);
    expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
  });

  it('lets a well-formed page path through unchanged', () => {
    const response = run('/en/countries/peru');
    expect(response.headers.get('x-middleware-rewrite')).toBeNull();
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });

  it('never copies the request host into a Link header', () => {
    const response = run('/es/countries/peru', { 'X-Forwarded-Host': 'evil.example' });
    expect(response.headers.get('Link')).toBeNull();
  });
});
