import { describe, expect, it } from 'vitest';

import { clientIpFrom } from './client-ip';
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

describe('clientIpFrom', () => {
  it('takes the last X-Forwarded-For entry, the one our own side appended', () => {
    expect(clientIpFrom('1.1.1.1, 203.0.113.9', null)).toBe('203.0.113.9');
    expect(clientIpFrom(null, ' 192.0.2.1 ')).toBe('192.0.2.1');
    expect(clientIpFrom(null, null)).toBeNull();
  });
});
