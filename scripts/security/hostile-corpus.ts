// What the hostile-input run sends: payloads for query values, path segments and form fields,
// the public routes that take them, and the regression cases of issue 11.
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
export const RAW_SEQUENCES = ['%FF', '%C3%28', '%zz', '%00', '%E2%80%AE', '%2e%2e%2f'];

const LOCALES = ['es', 'pt', 'en'];

/** Query parameters each public listing reads (see src/lib/validation/*QuerySchema). */
const LISTINGS: Record<string, string[]> = {
  '/countries': ['sort', 'dir'],
  '/mechanisms': ['q', 'country', 'level', 'model', 'status'],
  '/documents': ['theme', 'country', 'mechanism', 'type', 'language', 'year', 'sort', 'page'],
  '/events': ['country', 'kind', 'year', 'page'],
  '/search': ['q', 'type', 'theme', 'country', 'language', 'year', 'page'],
  '/sign-in': ['callbackUrl', 'error', 'signedOut', 'reset'],
  '/reset-password': ['token'],
};

const SLUGGED = ['/countries', '/mechanisms', '/documents', '/events'];

const q = (value: string) => encodeURIComponent(value);

/** Every GET path of the run, already encoded (raw sequences are left as they are). */
export const hostilePaths = (): string[] => {
  const paths: string[] = [];
  LOCALES.forEach((locale, index) => {
    // Every payload in every parameter in one language; a sample in the others.
    const payloads = index === 0 ? PAYLOADS : PAYLOADS.filter((_, i) => i % 3 === index);
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
  });
  for (const payload of PAYLOADS) {
    paths.push(`/api/search?q=${q(payload)}`, `/api/search?locale=${q(payload)}&q=tortura`);
    paths.push(`/api/search?q=tortura&page=${q(payload)}`);
    paths.push(`/api/events/${q(payload)}/ics`, `/api/events/x/ics?locale=${q(payload)}`);
    paths.push(`/api/files/${q(payload)}`, `/api/auth/error?error=${q(payload)}`);
    paths.push(`/${q(payload)}`, `/es/${q(payload)}`);
  }
  for (const raw of RAW_SEQUENCES) {
    paths.push(`/${raw}`, `/es/${raw}`, `/api/files/${raw}`, `/api/events/${raw}/ics`);
    paths.push(`/api/search?q=${raw}`, `/es/search?q=${raw}`, `/api/auth/error?error=${raw}`);
  }
  paths.push('/api/auth/csrf', '/api/auth/providers', '/api/auth/session', '/api/auth/nothing');
  paths.push(
    '/sitemap.xml',
    '/robots.txt',
    '/',
    '/es',
    '/wp-login.php',
    `/es/${'a'.repeat(10_000)}`,
  );
  return paths;
};

/** Headers a client may forge; none of them may be reflected or trusted. */
export const HOSTILE_HEADERS = [
  { Host: `${'h'.repeat(10_000)}.example` },
  { 'X-Forwarded-Host': `${'h'.repeat(10_000)}.example` },
  { 'X-Forwarded-For': '203.0.113.66, <script>alert(1)</script>' },
  { 'Accept-Language': 'x'.repeat(5_000) },
  {
    Cookie: `NEXT_LOCALE=${'<script>alert(1)</script>'}; next-auth.session-token=${'x'.repeat(3000)}`,
  },
];

/** Values typed into the sign-in, forgot-password and reset-password forms. */
export const FORM_PAYLOADS = [
  ...PAYLOADS.filter((payload) => payload.length < 1000),
  'ana\u0000@example.org',
  'y'.repeat(10_000),
];
