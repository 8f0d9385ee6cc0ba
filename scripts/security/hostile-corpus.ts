// What the hostile-input run sends: payloads for query values, path segments and form fields,
// the public routes that take them, forged headers and the regression cases of issue 11.
import type { Expected } from './hostile-checks';
import { BACK_OFFICE, type Route, ROUTES } from './hostile-routes';

export type Probe = {
  /** The target group the counts are printed for. */
  group: string;
  method: string;
  /** Sent exactly as written: invalid percent sequences are not normalized. */
  path: string;
  /** What the body holds, for the failure list. */
  note?: string;
  headers?: Record<string, string>;
  expected?: Expected;
};

export const PAYLOADS = [
  "' OR 1=1--",
  '1;DROP TABLE "User"',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '" onmouseover="alert(1)',
  '<svg onload=alert(1)>',
  'javascript:alert(1)',
  'x'.repeat(10_000),
  '\u0000',
  '\u202Eevil',
  '😀',
  '\r\nSet-Cookie: x=y',
  '-1',
  '0',
  '1e309',
  '99999999999999999999',
  '../../etc/passwd',
  '%',
  '_@_',
  'admin@exa_ple.org',
];

/** Percent sequences that are not valid UTF-8 (or not percent-encoding at all), sent raw. */
export const RAW_SEQUENCES = [
  '%FF',
  '%C3%28',
  '%zz',
  '%00',
  '%E2%80%AE',
  '%2e%2e%2f',
  '%0d%0aSet-Cookie:x=y',
];

const LOCALES = ['es', 'pt', 'en'];

const q = (value: string) => encodeURIComponent(value);

const get = (group: string, path: string): Probe => ({ group, method: 'GET', path });

const SEGMENT = /\[(?:\.\.\.)?(\w+)\]/g;

const segmentsOf = (route: string) =>
  [...route.matchAll(SEGMENT)].map(([, name]) => name!).filter((name) => name !== 'locale');

/** The route's path in `locale` with its dynamic segments filled in (`x` when not given). */
const fill = (route: string, locale: string, segments: Record<string, string>) =>
  route.replace(SEGMENT, (_, name: string) =>
    name === 'locale' ? locale : (segments[name] ?? 'x'),
  );

const LONG = PAYLOADS.find((payload) => payload.length > 1000)!;
/** All at once in one query string, short enough for Node's 16 kB header limit. */
const SHORT = PAYLOADS.filter((payload) => payload !== LONG);
/** For path segments, which mostly reach one lookup by slug or id: one of each kind. */
const SEGMENT_PAYLOADS = [
  "' OR 1=1--",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  LONG,
  '\u0000',
  '\u202Eevil',
  '-1',
  '../../etc/passwd',
  '%',
];

/** What the signed-in back office gets in each segment and in all its parameters at once. */
const BACK_OFFICE_PAYLOADS = [
  "' OR 1=1--",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u0000',
];

const query = (params: string[], value: string) =>
  params.map((param) => `${param}=${value}`).join('&');

/** How hard a route is probed (see routeProbes). */
type Depth = {
  group: string;
  segmentPayloads: string[];
  raws: string[];
  /** Sent in all query parameters at once; none: the path only. */
  combined: string[];
  /** Each parameter alone: nothing, the 10 kB string, or that, two payloads in turn and a repeat. */
  alone: 'none' | 'long' | 'all';
  headers?: Record<string, string>;
};

const probesAt = (route: string, { variants }: Route, locale: string, depth: Depth): Probe[] => {
  const paths: string[] = [];
  const first = variants[0]?.segments ?? {};
  for (const name of segmentsOf(route)) {
    for (const payload of depth.segmentPayloads)
      paths.push(fill(route, locale, { ...first, [name]: q(payload) }));
    for (const raw of depth.raws) paths.push(fill(route, locale, { ...first, [name]: raw }));
  }
  let turn = 0;
  for (const { segments = {}, query: params = [] } of variants) {
    const base = fill(route, locale, segments);
    paths.push(base);
    if (depth.combined.length === 0) continue;
    // A route that reads no parameter must ignore any it gets.
    const read = params.length > 0 ? params : ['q'];
    for (const payload of depth.combined) paths.push(`${base}?${query(read, q(payload))}`);
    for (const raw of depth.raws) paths.push(`${base}?${query(read, raw)}`);
    for (const param of depth.alone === 'none' ? [] : read) {
      paths.push(`${base}?${param}=${q(LONG)}`);
      if (depth.alone === 'long') continue;
      for (const next of [turn++, turn++]) {
        paths.push(`${base}?${param}=${q(SHORT[next % SHORT.length]!)}`);
      }
      paths.push(`${base}?${param}=1&${param}=2&${param}=${q(SHORT[3]!)}`);
    }
  }
  return paths.map((path) => ({ group: depth.group, method: 'GET', path, headers: depth.headers }));
};

/**
 * In the main language (and the API): every segment payload in each dynamic segment; each short
 * payload and raw sequence in all query parameters at once (the pages drop invalid values one by
 * one); each parameter alone with the 10 kB string, two payloads in turn (so that the strict API,
 * which refuses a whole query for one bad value, still reaches its handler with each) and a
 * repeated value.
 */
const FULL = { segmentPayloads: SEGMENT_PAYLOADS, raws: RAW_SEQUENCES, combined: SHORT };
/** Signed out, the back office only redirects to the sign-in page: its paths, once hostile. */
const REDIRECT = { segmentPayloads: SEGMENT_PAYLOADS.slice(1, 2), raws: ['%FF'], combined: [] };

/** Every route of the app (hostile-routes.ts): FULL, in each other language a third of SHORT. */
const routeProbes = (): Probe[] =>
  Object.entries(ROUTES).flatMap(([route, spec]) => {
    const backOffice = spec.group === BACK_OFFICE;
    const main: Depth = backOffice
      ? { group: `${BACK_OFFICE} (signed out)`, ...REDIRECT, alone: 'none' }
      : { group: spec.group, ...FULL, alone: 'all' };
    if (!route.startsWith('/[locale]')) return probesAt(route, spec, '', main);
    return LOCALES.flatMap((locale, index) =>
      index === 0
        ? probesAt(route, spec, locale, main)
        : probesAt(route, spec, locale, {
            ...main,
            segmentPayloads: [],
            raws: [],
            combined: backOffice ? [] : SHORT.filter((_, i) => i % 3 === index),
            alone: 'none',
          }),
    );
  });

/** The back office signed in as an admin (`cookie`), in the main language. */
export const signedInProbes = (cookie: string): Probe[] =>
  Object.entries(ROUTES)
    .filter(([, spec]) => spec.group === BACK_OFFICE)
    .flatMap(([route, spec]) =>
      probesAt(route, spec, LOCALES[0]!, {
        group: `${BACK_OFFICE} (signed in)`,
        segmentPayloads: BACK_OFFICE_PAYLOADS,
        raws: ['%FF'],
        combined: BACK_OFFICE_PAYLOADS,
        alone: 'long',
        headers: { Cookie: cookie },
      }),
    );

/** Requests the route table does not make: next-auth's fixed endpoints, two parameters at once. */
const extraApiProbes = (): Probe[] => {
  const paths = ['/api/auth/csrf', '/api/auth/providers', '/api/auth/session', '/api/auth/nothing'];
  for (const payload of PAYLOADS) {
    paths.push(`/api/auth/signin?callbackUrl=${q(payload)}`);
    paths.push(`/api/subscriptions/unsubscribe?token=${q(payload)}&lang=${q(payload)}`);
    paths.push(`/api/v1/documents?page=2&perPage=${q(payload)}&lang=${q(payload)}`);
  }
  paths.push('/api/search?q=a&q=b&locale=es&locale=xx', '/api/v1/news?page=1&page=-1&lang=es');
  return paths.map((path) => get('api', path));
};

/** Root paths, unknown paths and the crawlers' files. */
const rootProbes = (): Probe[] => {
  const paths = ['/', '/es', '/pt', '/en', '/sitemap.xml', '/robots.txt', '/wp-login.php'];
  paths.push('/xx/countries', '/es/admin', '/es/../../etc/passwd', '/..%2f..%2fetc%2fpasswd');
  for (const payload of PAYLOADS) paths.push(`/${q(payload)}`, `/es/${q(payload)}`);
  for (const raw of RAW_SEQUENCES) paths.push(`/${raw}`, `/es/${raw}`, `/es/search?q=${raw}`);
  paths.push(`/es/${'a'.repeat(10_000)}`, '/sitemap.xml?x=%FF', '/robots.txt/..%2f');
  // Paths that read differently decoded, which next-intl rewrote (and Next.js fetched over HTTP).
  paths.push('/es/countri%65s', '/es/100%25', '/en/documents/%25zz');
  return [
    ...paths.map((path) => get('root and unknown paths', path)),
    // Request targets that are not a path: `*` failed with a 500, and an absolute-form target
    // was redirected to the host it names.
    { ...get('root and unknown paths', '*'), expected: { status: 400 } },
    { ...get('root and unknown paths', 'http://evil.example/es'), expected: { status: 200 } },
  ];
};

const HUGE_HOST = `${'h'.repeat(10_000)}.example`;

/** Headers a client may forge; none of them may be reflected, trusted or fail the request. */
const FORGED_HEADERS: Record<string, string>[] = [
  { Host: HUGE_HOST },
  { 'X-Forwarded-Host': HUGE_HOST },
  { 'X-Forwarded-For': '203.0.113.66, <script>alert(1)</script>' },
  { 'X-Forwarded-Proto': 'javascript' },
  { 'Accept-Language': 'x'.repeat(5_000) },
  { Cookie: `NEXT_LOCALE=${q(PAYLOADS[2]!)}; next-auth.session-token=${'x'.repeat(3000)}` },
  // Node answered this with a bare 417, without the security headers.
  { Expect: '200-ok' },
  // Requests asking to upgrade (curl --http2, a WebSocket) were left unanswered.
  {
    Connection: 'Upgrade, HTTP2-Settings',
    Upgrade: 'h2c',
    'HTTP2-Settings': 'AAMAAABkAAQAoAAAAAIAAAAA',
  },
  {
    Connection: 'Upgrade',
    Upgrade: 'websocket',
    'Sec-WebSocket-Version': '13',
    'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
  },
];

const headerProbes = (): Probe[] =>
  FORGED_HEADERS.flatMap((headers) =>
    ['/', '/es', '/es/countries', '/es/sign-in', '/api/search?q=tortura', '/sitemap.xml'].map(
      (path): Probe => ({
        group: 'forged headers',
        method: 'GET',
        path,
        headers,
        expected: { forged: [HUGE_HOST] },
      }),
    ),
  );

/** Every example listed in issue 11 (the server-action ones are in hostile-input.ts). */
const regressionProbes = (): Probe[] => {
  const paths = [
    '/es/%FF',
    '/es/countries/%C3%28',
    '/api/files/%zz',
    '/api/auth/error?error=%E2%80%AE',
    '/api/auth/error?error=%F0%9F%98%80',
    '/api/auth/error?error=%00',
    '/api/auth/error?error=%0d%0aSet-Cookie:x=y',
    '/api/events/%00/ics',
    '/api/search?q=-1',
    '/api/search?q=-tortura%20-prevenci%C3%B3n',
  ];
  const longPath = `/es/${'a'.repeat(10_000)}`;
  return [
    ...paths.map((path) => get('issue 11 regressions', path)),
    // The request's Host was copied into the Link header: a 10 kB path gave a 40 kB header.
    ...['Host', 'X-Forwarded-Host'].flatMap((name) =>
      ['evil.example', HUGE_HOST].map((host): Probe => ({
        group: 'issue 11 regressions',
        method: 'GET',
        path: longPath,
        headers: { [name]: host },
        expected: { forged: [host] },
      })),
    ),
  ];
};

/** Ranges on static files: Next.js answered one it could not serve with a 500. */
const rangeProbes = (): Probe[] =>
  ['bytes=999999-', 'bytes=5-1', 'bytes=abc', 'bytes=0-1,3-4'].flatMap((range) =>
    ['/icon.svg', '/favicon.ico', '/robots.txt', '/es'].map((path): Probe => ({
      group: 'ranges',
      method: 'GET',
      path,
      headers: { Range: range },
    })),
  );

/** Methods other than GET and POST on a page, an API route and the back office. */
const methodProbes = (): Probe[] =>
  ['PUT', 'DELETE', 'PATCH', 'PROPFIND', 'OPTIONS', 'TRACE'].flatMap((method) =>
    ['/es', '/api/search?q=tortura', '/api/v1/countries', '/es/admin', '/sitemap.xml'].map(
      (path): Probe => ({
        group: 'other methods',
        method,
        path,
        // TRACE, which Next.js failed on with a 500, is refused by scripts/serve.ts.
        expected: method === 'TRACE' ? { status: 405 } : {},
      }),
    ),
  );

/** Every request of the run but the forms' (hostile-input.ts). */
export const hostileProbes = (): Probe[] => [
  ...regressionProbes(),
  ...routeProbes(),
  ...extraApiProbes(),
  ...rootProbes(),
  ...headerProbes(),
  ...methodProbes(),
  ...rangeProbes(),
];

/** Values typed into the sign-in, forgot-password and reset-password forms. */
export const FORM_PAYLOADS = [
  ...PAYLOADS.filter((payload) => payload.length < 1000),
  'ana\u0000@example.org',
  'admin@example.org\u0000',
  'y'.repeat(10_000),
];
