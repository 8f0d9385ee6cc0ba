import { describe, expect, it } from 'vitest';

import { type Observed, problemsOf } from '../../scripts/security/hostile-checks';

const SAFE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=()',
};

const page = (overrides: Partial<Observed>): Observed => ({
  status: 200,
  headers: SAFE_HEADERS,
  body: '<p>ok</p>',
  ms: 40,
  ...overrides,
});

describe('problemsOf', () => {
  it('accepts a safe page, with the payload escaped as text or inside JSON', () => {
    const body =
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>' +
      '<script>self.__next_f.push([1,"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"])</script>';
    expect(problemsOf(page({ body }))).toEqual([]);
  });

  it('reports an unescaped reflection', () => {
    expect(problemsOf(page({ body: '<p><img src=x onerror=alert(1)></p>' }))).toEqual([
      'unescaped <img src=x onerror=alert(1)>',
    ]);
  });

  it('reports a 5xx, a missing security header, a reflected giant header and slowness', () => {
    const { 'x-frame-options': _dropped, ...withoutFraming } = SAFE_HEADERS;
    expect(
      problemsOf(
        page({
          status: 500,
          headers: { ...withoutFraming, link: 'h'.repeat(40_000) },
          ms: 2500,
        }),
      ),
    ).toEqual(['status 500', 'no X-Frame-Options', 'header link of 40000 bytes', 'took 2500 ms']);
  });

  it('does not take a query echoed as JSON data for markup', () => {
    const json = { ...SAFE_HEADERS, 'content-type': 'application/json' };
    expect(problemsOf(page({ headers: json, body: '{"q":"<script>alert(1)</script>"}' }))).toEqual(
      [],
    );
  });

  it('asks a CSP of HTML pages only', () => {
    const { 'content-security-policy': _csp, ...noCsp } = SAFE_HEADERS;
    expect(problemsOf(page({ headers: noCsp }))).toEqual(['no Content-Security-Policy']);
    expect(problemsOf(page({ headers: { ...noCsp, 'content-type': 'application/json' } }))).toEqual(
      [],
    );
  });
});
