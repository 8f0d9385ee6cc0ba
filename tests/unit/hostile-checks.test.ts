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
  it('accepts a payload escaped as text, inside an attribute or in the RSC payload', () => {
    const body =
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>' +
      '<input name="q" value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">' +
      `<input name="q" value="' onmouseover='alert(1)">` +
      '<a href="/es/search?q=javascript%3Aalert(1)">1</a>' +
      '<script>self.__next_f.push([1,"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e' +
      '\\u003cimg src=x onerror=alert(1)\\u003e"])</script>';
    expect(problemsOf(page({ body }))).toEqual([]);
  });

  it('reports an echoed <script> block, even inside the RSC payload', () => {
    expect(problemsOf(page({ body: '<p>Results for <script>alert(1)</script></p>' }))).toEqual([
      'unescaped <script>alert(1)</script>',
    ]);
    const rsc = '<script>self.__next_f.push([1,"<script>alert(1)</script>"])</script>';
    expect(problemsOf(page({ body: rsc }))).toEqual(['unescaped <script>alert(1)</script>']);
  });

  it('reports an injected tag, an attribute breakout and a javascript: link', () => {
    expect(problemsOf(page({ body: '<p>"><img src=x onerror=alert(1)></p>' }))).toEqual([
      'unescaped <img src=x onerror=alert(1)>',
    ]);
    expect(problemsOf(page({ body: '<input name="q" value="" onmouseover="alert(1)">' }))).toEqual([
      'unescaped <input name="q" value="" onmouseover="alert(1)">',
    ]);
    expect(problemsOf(page({ body: '<a href="javascript:alert(1)">back</a>' }))).toEqual([
      'unescaped <a href="javascript:alert(1)">',
    ]);
  });

  it('does not take a query echoed as JSON data for markup', () => {
    const json = { ...SAFE_HEADERS, 'content-type': 'application/json' };
    expect(problemsOf(page({ headers: json, body: '{"q":"<script>alert(1)</script>"}' }))).toEqual(
      [],
    );
  });

  it('reports a 5xx and a missing security header, but not a slow answer (timings are figures)', () => {
    const { 'x-frame-options': _dropped, ...withoutFraming } = SAFE_HEADERS;
    expect(problemsOf(page({ status: 500, headers: withoutFraming, ms: 2500 }))).toEqual([
      'status 500',
      'no X-Frame-Options',
    ]);
  });

  it('asks a CSP of HTML answers only', () => {
    const { 'content-security-policy': _csp, ...noCsp } = SAFE_HEADERS;
    expect(problemsOf(page({ status: 404, headers: noCsp }))).toEqual([
      'no Content-Security-Policy',
    ]);
    expect(problemsOf(page({ headers: { ...noCsp, 'content-type': 'application/json' } }))).toEqual(
      [],
    );
  });

  it('reports a long header that carries a forged host, and any header over 16 kB', () => {
    const host = `${'h'.repeat(3_000)}.example`;
    const link = `<http://${host}/es>; rel="alternate"; hreflang="es"`;
    expect(problemsOf(page({ headers: { ...SAFE_HEADERS, link } }), { forged: [host] })).toEqual([
      `header link of ${link.length} bytes`,
    ]);
    const location = `/es/${'a'.repeat(10_000)}`;
    expect(
      problemsOf(page({ headers: { ...SAFE_HEADERS, location } }), { forged: [host] }),
    ).toEqual([]);
    const alternates = Array.from({ length: 4 }, () => `<${location}>`).join(', ');
    expect(problemsOf(page({ headers: { ...SAFE_HEADERS, link: alternates } }))).toEqual([
      `header link of ${alternates.length} bytes`,
    ]);
  });

  it('reports a status other than the one expected', () => {
    expect(problemsOf(page({ status: 200 }), { status: 413 })).toEqual([
      'status 200, expected 413',
    ]);
    expect(problemsOf(page({ status: 413 }), { status: 413 })).toEqual([]);
  });

  it('reports the internal header of a request the proxy rewrote', () => {
    const rewritten = { ...SAFE_HEADERS, 'x-middleware-rewrite': 'http://localhost:3300/es/%' };
    expect(problemsOf(page({ status: 400, headers: rewritten }))).toEqual([
      'internal header x-middleware-rewrite',
    ]);
  });
});
