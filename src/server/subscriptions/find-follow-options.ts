import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { findRelationOptions } from '@/server/content/find-relation-options';

/** The countries, mechanisms and themes the subscribe form offers (published ones). */
export const findFollowOptions = (locale: AppLocale) =>
  findRelationOptions({
    locale,
    kinds: ['countries', 'mechanisms', 'themes'],
    publishedOnly: true,
  });
