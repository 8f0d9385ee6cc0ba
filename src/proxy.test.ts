import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';

import proxy, { config } from './proxy';

const run = (path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(new URL(path, 'http://127.0.0.1:3000'), { headers }));

describe('proxy', () => {
  it.each(['/es/countries/a%00b', '/pt/documents/%0d%0aSet-Cookie:x', '/wp-login%7F.php'])(
    'refuses %s, which no page can name, with a 400 and the security headers',
    async (path) => {
      const response = await run(path);
      expect(response.status).toBe(400);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    },
  );

  it('sends a path that reads differently decoded to its decoded form (308)', async () => {
    const response = await run('/es/countri%65s?q=a');
    expect(response.status).toBe(308);
    const location = new URL(response.headers.get('Location') ?? '', 'http://127.0.0.1:3000');
    expect(location.pathname + location.search).toBe('/es/countries?q=a');
  });

  it('refuses a path whose decoded form is unreadable (a 500 on localhost before)', async () => {
    for (const path of ['/es/100%25', '/es/countries/%25', '/pt/%25zz']) {
      const response = await run(path);
      expect(response.status, path).toBe(400);
    }
  });

  // Next.js proxies a rewrite to an absolute URL whose origin is not its HOSTNAME over HTTP, and
  // the proxy's URLs name `localhost`: a rewrite here made the server send itself the request.
  it('never rewrites', async () => {
    for (const path of ['/', '/es', '/en/countries/peru', '/es/countri%65s', '/es/%25', '/xx/a']) {
      const response = await run(path);
      expect(response.headers.get('x-middleware-rewrite'), path).toBeNull();
    }
  });

  it('lets a well-formed page path through unchanged', async () => {
    const response = await run('/en/countries/peru');
    expect(response.headers.get('x-middleware-rewrite')).toBeNull();
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });

  it('never copies the request host into a Link header', async () => {
    const response = await run('/es/countries/peru', { 'X-Forwarded-Host': 'evil.example' });
    expect(response.headers.get('Link')).toBeNull();
  });

  it('refuses a form post it cannot read with a 400 and the security headers (a 500 before)', async () => {
    const post = (body: string) =>
      proxy(
        new NextRequest(new URL('/es/admin/recommendations/import', 'http://127.0.0.1:3000'), {
          method: 'POST',
          headers: { 'Content-Type': 'multipart/form-data; boundary=b' },
          body,
        }),
      );
    const broken = await post(
      '--b\r\nContent-Disposition: form-data; name="file"; filename=""><b>.csv"\r\n\r\nx\r\n--b--\r\n',
    );
    expect(broken.status).toBe(400);
    expect(broken.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(broken.headers.get('X-Frame-Options')).toBe('DENY');
    const readable = await post(
      '--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nx\r\n--b--\r\n',
    );
    expect(readable.headers.get('x-middleware-next')).toBe('1');
  });

  it('runs on pages but not on feeds and calendars, which set no locale cookie', () => {
    // The matcher is a path-to-regexp pattern made only of a regular expression group.
    const matches = (path: string) => new RegExp(`^${config.matcher}$`).test(path);
    for (const page of [
      '/es/documents',
      '/pt/events',
      '/en/events/calendar',
      '/es/documents/x',
      '/es/news',
      '/pt/news/feed',
    ])
      expect(matches(page), page).toBe(true);
    for (const file of [
      '/es/documents/feed.xml',
      '/pt/events/feed.xml',
      '/en/news/feed.xml',
      '/en/events/calendar.ics',
      '/api/search',
      '/api/health',
      '/api/ready',
    ])
      expect(matches(file), file).toBe(false);
    // Only those exact paths: a longer one is still a (not found) page of the proxy's.
    expect(matches('/es/documents/feed.xml.bak')).toBe(true);
  });

  it('leaves public/ icons and social images to the file server, and only those', () => {
    const matches = (path: string) => new RegExp(`^${config.matcher}$`).test(path);
    for (const file of [
      '/favicon.ico',
      '/icon.svg',
      '/apple-touch-icon.png',
      '/social/prevenir-es.png',
    ])
      expect(matches(file), file).toBe(false);
    for (const page of ['/es/favicon.ico', '/favicon.ico.php', '/wp-login.php', '/socialist'])
      expect(matches(page), page).toBe(true);
  });
});
