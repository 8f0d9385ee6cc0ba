import { describe, expect, it } from 'vitest';

import { safeCallback } from './safe-callback';

describe('safeCallback', () => {
  it.each([
    ['/en/admin/users', { locale: 'en', href: '/admin/users' }],
    ['/pt/admin', { locale: 'pt', href: '/admin' }],
    ['//evil.example/admin', { locale: 'es', href: '/admin' }],
    ['https://evil.example/en/admin', { locale: 'es', href: '/admin' }],
    ['/en/countries', { locale: 'es', href: '/admin' }],
    ['/xx/admin', { locale: 'es', href: '/admin' }],
    ['/en/admin/../../x', { locale: 'es', href: '/admin' }],
    [undefined, { locale: 'es', href: '/admin' }],
  ])('%s → %o', (callbackUrl, expected) => {
    expect(safeCallback(callbackUrl, 'es')).toEqual(expected);
  });
});
