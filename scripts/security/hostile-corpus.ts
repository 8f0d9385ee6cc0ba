// What the hostile-input run sends: payloads for query values, path segments and form fields,
// the public routes that take them, forged headers and the regression cases of issue 11.
import type { Expected } from './hostile-checks';

export type Probe = {
  /** The target group the counts are printed for. */
  group: string;
  method: string;
  /** Sent exactly as written: invalid percent sequences are not normalized. */
  path: string;
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

/** Query parameters each public page reads (see the Z…QuerySchema in src/lib/validation/). */
const LISTINGS: Record<string, string[]> = {
  '/countries': ['sort', 'dir'],
  '/mechanisms': ['q', 'country', 'level', 'model', 'status'],
  '/documents': ['theme', 'country', 'mechanism', 'type', 'language', 'year', 'sort', 'page'],
  '/events': ['country', 'kind', 'year', 'page'],
  // Feeds and calendars take their list page's query.
  '/documents/feed.xml': [
    'theme',
    'country',
    'mechanism',
    'type',
    'language',
    'year',
    'sort',
    'page',
  ],
  '/events/feed.xml': ['country', 'kind', 'year', 'page'],
  '/events/calendar.ics': ['country', 'kind', 'year', 'page'],
  '/news/feed.xml': ['country', 'mechanism', 'theme', 'year', 'page'],
  '/news': ['country', 'mechanism', 'theme', 'year', 'page'],
  '/search': ['q', 'type', 'theme', 'country', 'language', 'year', 'page'],
  '/sign-in': ['callbackUrl', 'error', 'signedOut', 'reset'],
  '/reset-password': ['token'],
  '/countries/peru/correction': ['field', 'sent'],
  '/mechanisms/peru-npm/correction': ['field', 'sent'],
  '/contact': ['topic', 'sent'],
  '/subscribe/confirm': ['token'],
  '/subscribe/manage': ['token', 'done'],
  '/subscribe/unsubscribe': ['token', 'done'],
};

const SLUGGED = ['/countries', '/mechanisms', '/documents', '/events', '/news'];

const q = (value: string) => encodeURIComponent(value);

const get = (group: string, path: string): Probe => ({ group, method: 'GET', path });

/** Every payload in every parameter and slug in Spanish; a third of them in each other language. */
const pageProbes = (): Probe[] =>
  LOCALES.flatMap((locale, index) => {
    const payloads = index === 0 ? PAYLOADS : PAYLOADS.filter((_, i) => i % 3 === index);
    const paths: string[] = [];
    for (const [route, params] of Object.entries(LISTINGS)) {
      for (const param of params) {
        for (const payload of payloads) paths.push(`/${locale}${route}?${param}=${q(payload)}`);
        paths.push(`/${locale}${route}?${param}=1&${param}=2&${param}=${q(payloads[3] ?? '')}`);
      }
    }
    for (const route of SLUGGED) {
      for (const payload of payloads) paths.push(`/${locale}${route}/${q(payload)}`);
      for (const raw of RAW_SEQUENCES) paths.push(`/${locale}${route}/${raw}`);
    }
    return paths.map((path) => get('pages', path));
  });

const apiProbes = (): Probe[] => {
  const paths: string[] = [];
  for (const payload of PAYLOADS) {
    paths.push(`/api/search?q=${q(payload)}`, `/api/search?locale=${q(payload)}&q=tortura`);
    paths.push(`/api/search?q=tortura&page=${q(payload)}`, `/api/search?q=a&type=${q(payload)}`);
    paths.push(`/api/events/${q(payload)}/ics`, `/api/events/x/ics?locale=${q(payload)}`);
    paths.push(`/api/files/${q(payload)}`);
    paths.push(`/api/subscriptions/export?token=${q(payload)}`);
    paths.push(`/api/subscriptions/unsubscribe?token=${q(payload)}&lang=${q(payload)}`);
  }
  for (const raw of RAW_SEQUENCES) {
    paths.push(`/api/files/${raw}`, `/api/events/${raw}/ics`, `/api/search?q=${raw}`);
    paths.push(`/api/subscriptions/export?token=${raw}`);
  }
  paths.push('/api/search?q=a&page=1&page=2', '/api/search?q=a&q=b&locale=es&locale=xx');
  // The health endpoints take no parameters: whatever is added must change nothing.
  paths.push('/api/health', '/api/ready', '/api/health?x=1&x=2', '/api/ready?x=1&x=2');
  for (const payload of PAYLOADS) paths.push(`/api/health?q=${q(payload)}`);
  for (const payload of PAYLOADS) paths.push(`/api/ready?q=${q(payload)}`);
  for (const raw of RAW_SEQUENCES) paths.push(`/api/health?q=${raw}`, `/api/ready?q=${raw}`);
  return paths.map((path) => get('api', path));
};

const authApiProbes = (): Probe[] => {
  const paths = ['/api/auth/csrf', '/api/auth/providers', '/api/auth/session', '/api/auth/nothing'];
  for (const payload of PAYLOADS) {
    paths.push(`/api/auth/error?error=${q(payload)}`, `/api/auth/${q(payload)}`);
    paths.push(`/api/auth/signin?callbackUrl=${q(payload)}`);
  }
  for (const raw of RAW_SEQUENCES) paths.push(`/api/auth/error?error=${raw}`);
  return paths.map((path) => get('auth api', path));
};

/** Root paths, unknown paths and the crawlers' files. */
const rootProbes = (): Probe[] => {
  const paths = ['/', '/es', '/pt', '/en', '/sitemap.xml', '/robots.txt', '/wp-login.php'];
  paths.push('/xx/countries', '/es/admin', '/es/../../etc/passwd', '/..%2f..%2fetc%2fpasswd');
  for (const payload of PAYLOADS) paths.push(`/${q(payload)}`, `/es/${q(payload)}`);
  for (const raw of RAW_SEQUENCES) paths.push(`/${raw}`, `/es/${raw}`, `/es/search?q=${raw}`);
  paths.push(`/es/${'a'.repeat(10_000)}`, '/sitemap.xml?x=%FF', '/robots.txt/..%2f');
  return paths.map((path) => get('root and unknown paths', path));
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

/** Every GET of the run. */
export const hostileProbes = (): Probe[] => [
  ...regressionProbes(),
  ...pageProbes(),
  ...apiProbes(),
  ...authApiProbes(),
  ...rootProbes(),
  ...headerProbes(),
];

/** Values typed into the sign-in, forgot-password and reset-password forms. */
export const FORM_PAYLOADS = [
  ...PAYLOADS.filter((payload) => payload.length < 1000),
  'ana\u0000@example.org',
  'admin@example.org\u0000',
  'y'.repeat(10_000),
];
