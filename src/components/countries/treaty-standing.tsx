import { getTranslations } from 'next-intl/server';

import { FormattedDate } from '@/components/ui/formatted-date';
import type { TreatyStanding as Standing } from '@/server/countries/get-treaty-standing';

import { treatyStandingKey } from './treaty-standing-key';

const STYLES: Record<Standing['kind'], string> = {
  party: 'bg-brand-100 text-brand-900',
  signatory: 'bg-amber-100 text-amber-950',
  'not-party': 'bg-slate-200 text-slate-800',
  unknown: 'border border-slate-500 bg-white text-slate-800',
};

export type TreatyStandingProps = { standing: Standing };

/**
 * A State's standing towards one treaty: "Party (ratified)", "Party (acceded)", "Signatory, not a
 * party", "Not a party" or "Status unknown", and for a party its date of deposit or "Date
 * unknown". A missing date never changes the status words.
 */
export const TreatyStanding = async ({ standing }: TreatyStandingProps) => {
  const t = await getTranslations('TreatyStatus');
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2 gap-y-1">
      <span
        className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STYLES[standing.kind]}`}
      >
        {t(treatyStandingKey(standing))}
      </span>
      {standing.kind === 'party' &&
        (standing.on ? (
          <FormattedDate date={standing.on} />
        ) : (
          <span className="text-slate-700">{t('dateUnknown')}</span>
        ))}
    </span>
  );
};
