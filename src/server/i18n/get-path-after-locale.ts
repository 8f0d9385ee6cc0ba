import 'server-only';

import { headers } from 'next/headers';

import { PATH_HEADER } from '@/server/i18n/path-header';

/**
 * The requested path and query without the locale prefix (`/es/documents?theme=x` →
 * `/documents?theme=x`), from the header the proxy sets; null when there is none.
 */
export const getPathAfterLocale = async (): Promise<string | null> => {
  const requested = (await headers()).get(PATH_HEADER);
  return requested === null ? null : requested.replace(/^\/[a-z]{2}(?=[/?]|$)/, '');
};
