import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { findRelationOptions } from '@/server/content/find-relation-options';

export type FindMechanismChoicesOptions = { locale: AppLocale };

/**
 * Every mechanism (drafts too) for the focal point's select: the official name in its own
 * language, grouped by country in the editor's, as in the content forms.
 */
export const findMechanismChoices = async ({ locale }: FindMechanismChoicesOptions) =>
  (await findRelationOptions({ locale, kinds: ['mechanisms'] })).mechanisms;
