import 'server-only';

import { env } from '@/env';
import type { AppLocale } from '@/i18n/routing';

export type ToEntryIdOptions = {
  /** The content type's path segment, e.g. `documents`. */
  type: string;
  slug: string;
  /** Each language's feed has its own entry: the same id would make readers merge them. */
  locale: AppLocale;
};

/**
 * A feed entry's permanent id: a tag URI (RFC 4151) on the site's host name, so that moving the
 * site from http to https or to another port does not make readers show every entry again.
 */
export const toEntryId = ({ type, slug, locale }: ToEntryIdOptions) =>
  `tag:${new URL(env.SITE_URL).hostname},2026:${locale}/${type}/${slug}`;
