import 'server-only';

import { env } from '@/env';
import { getPathname, type Href } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';

export type ToAbsoluteUrlOptions = { href: Href; locale: AppLocale };

/**
 * A portal page's absolute URL for feeds and calendars, read outside the site: always from
 * SITE_URL, never from the request's Host header, which the client chooses.
 */
export const toAbsoluteUrl = ({ href, locale }: ToAbsoluteUrlOptions) =>
  new URL(getPathname({ href, locale }), env.SITE_URL).toString();
