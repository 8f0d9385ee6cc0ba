import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';

import { GET } from './route';

const get = (path: string[], query = '') =>
  GET(new NextRequest(`http://localhost/api/auth/${path.join('/')}${query}`), {
    params: Promise.resolve({ nextauth: path }),
  });

describe('/api/auth/*', () => {
  it.each([
    ['an RTL override', '%E2%80%AE'],
    ['an emoji', '%F0%9F%98%80'],
    ['a NUL', '%00'],
    ['CRLF', '%0d%0aSet-Cookie:%20x=y'],
    ['10 kB', 'x'.repeat(10_000)],
  ])(
    'sends /api/auth/error?error=<%s> to the sign-in page without passing the text on',
    async (_label, error) => {
      const response = await get(['error'], `?error=${error}`);
      expect(response.status).toBe(303);
      const location = response.headers.get('location') ?? '';
      expect(new URL(location).pathname).toBe('/es/sign-in');
      expect(location).not.toContain('error');
    },
  );

  it.each([['unknown'], ['callback', 'github'], ['csrf', 'extra'], ['%00']])(
    'answers 404 for an endpoint next-auth does not serve here (%s)',
    async (...path) => {
      expect((await get(path)).status).toBe(404);
    },
  );
});
