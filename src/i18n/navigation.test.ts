import { describe, expect, it } from 'vitest';

import { getPathname } from './navigation';

describe('getPathname', () => {
  it.each([
    [{ href: '/', locale: 'es' as const }, '/es'],
    [{ href: '/documents', locale: 'pt' as const }, '/pt/documents'],
    [
      {
        href: { pathname: '/documents', query: { theme: 'women', page: 2 } },
        locale: 'en' as const,
      },
      '/en/documents?theme=women&page=2',
    ],
    [
      {
        href: { pathname: '/search', query: { q: 'sin aviso & "ya"', lang: ['es', 'pt'] } },
        locale: 'es' as const,
      },
      '/es/search?q=sin+aviso+%26+%22ya%22&lang=es&lang=pt',
    ],
    [
      { href: { pathname: '/sign-in', query: { callbackUrl: undefined } }, locale: 'es' as const },
      '/es/sign-in',
    ],
  ])('%o → %s', (args, expected) => {
    expect(getPathname(args)).toBe(expected);
  });
});
