import { describe, expect, it } from 'vitest';

import { buildCsp } from './build-csp';

describe('buildCsp', () => {
  it('allows scripts only with the nonce and forbids framing', () => {
    const csp = buildCsp({ nonce: 'abc123' });
    expect(csp).toContain(`script-src 'self' 'nonce-abc123' 'strict-dynamic'`);
    expect(csp).toContain(`frame-ancestors 'none'`);
    expect(csp).toContain(`object-src 'none'`);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('upgrades insecure requests on HTTPS only', () => {
    expect(buildCsp({ nonce: 'n', https: true })).toContain('upgrade-insecure-requests');
  });
});
