import { FallbackNotice } from '@/components/ui/fallback-notice';
import type { MechanismProfile } from '@/server/summaries/to-mechanism-profile';

import { MechanismFacts } from './mechanism-facts';
import { MechanismName } from './mechanism-name';

export type MechanismCardProps = {
  mechanism: MechanismProfile;
  /** Heading level of the mechanism's name within the page. */
  headingLevel?: 'h3' | 'h4';
};

export const MechanismCard = ({ mechanism, headingLevel = 'h3' }: MechanismCardProps) => {
  const Heading = headingLevel;
  return (
    <article className="space-y-3 rounded-lg border border-slate-200 p-4">
      <Heading className="text-lg font-semibold">
        <MechanismName mechanism={mechanism} link />
      </Heading>
      {mechanism.fallbackLocales.map((shownLocale) => (
        <FallbackNotice key={shownLocale} shownLocale={shownLocale} />
      ))}
      <MechanismFacts mechanism={mechanism} />
      {mechanism.notes && (
        <p lang={mechanism.notesLocale} className="text-sm text-slate-700">
          {mechanism.notes}
        </p>
      )}
    </article>
  );
};
