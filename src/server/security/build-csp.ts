export type BuildCspOptions = {
  nonce: string;
  /** `next dev` needs eval (React's debugging) and inline styles (its overlay). */
  development?: boolean;
  /** Adds upgrade-insecure-requests when the site is served over HTTPS. */
  https?: boolean;
};

/**
 * The pages' Content-Security-Policy. Scripts run only with this response's nonce (Next.js puts
 * it on its own scripts when it finds the header on the request; 'strict-dynamic' lets those
 * load their chunks). No framing, no plugins, forms post only to this site.
 */
export const buildCsp = ({ nonce, development = false, https = false }: BuildCspOptions) =>
  [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' ${development ? `'unsafe-inline'` : `'nonce-${nonce}'`}`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
