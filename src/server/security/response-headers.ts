/**
 * Headers for every response, pages, files and static assets alike (next.config.ts and the
 * static-asset server both send them). Pages also get a nonce-based Content-Security-Policy
 * from src/proxy.ts: a nonce is per request, so it cannot be set here.
 */
export const RESPONSE_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
];
