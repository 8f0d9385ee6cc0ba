import 'server-only';

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

import { mechanismDisplayName } from '@/components/mechanisms/mechanism-name';
import type { AppLocale } from '@/i18n/routing';
import type { CorrectionTarget } from '@/server/corrections/get-correction-target';

/** "Propose a correction: <name>", kept out of search engines (a form, not content). */
export const buildCorrectionMetadata = async (
  target: CorrectionTarget,
  locale: AppLocale,
): Promise<Metadata> => {
  const [t, tMechanism] = await Promise.all([
    getTranslations({ locale, namespace: 'Correction' }),
    getTranslations({ locale, namespace: 'Mechanism' }),
  ]);
  const name = target.mechanism
    ? mechanismDisplayName(target.mechanism, tMechanism)
    : target.country.name;
  return { title: t('title', { name }), robots: { index: false, follow: false } };
};
