import { getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';
import type { TCorrectionEntityType } from '@/lib/validation/corrections';

import { correctionTargetPath } from './correction-paths';

export type ProposeCorrectionLinkProps = { entityType: TCorrectionEntityType; slug: string };

/** "Propose a correction" at the foot of a country or mechanism page (a page of its own). */
export const ProposeCorrectionLink = async ({ entityType, slug }: ProposeCorrectionLinkProps) => {
  const t = await getTranslations('Correction');
  return (
    <p className="border-t border-slate-200 pt-4 text-sm text-slate-700 print:hidden">
      {t('linkHint')}{' '}
      <Link
        href={`${correctionTargetPath(entityType, slug)}/correction`}
        className="font-semibold text-brand-700 underline"
      >
        {t('link')}
      </Link>
    </p>
  );
};
