import { getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';
import type { AppLocale } from '@/i18n/routing';

export type NamedMechanism = {
  slug: string;
  name: string | null;
  nameLocale: AppLocale;
  acronym: string | null;
  jurisdiction: string | null;
};

type MechanismTranslator = Awaited<ReturnType<typeof getTranslations<'Mechanism'>>>;

/** The mechanism's name, or a description of it when no name is recorded. */
export const mechanismDisplayName = (mechanism: NamedMechanism, t: MechanismTranslator) =>
  mechanism.name ??
  (mechanism.jurisdiction
    ? t('unnamedLocal', { jurisdiction: mechanism.jurisdiction })
    : t('unnamed'));

export type MechanismNameProps = {
  mechanism: NamedMechanism;
  /** Make the name a link to the mechanism's page. */
  link?: boolean;
};

/** Name (in the language it is shown in) and acronym, as headings and link lists show them. */
export const MechanismName = async ({ mechanism, link = false }: MechanismNameProps) => {
  const t = await getTranslations('Mechanism');
  const name = (
    <span lang={mechanism.name ? mechanism.nameLocale : undefined}>
      {mechanismDisplayName(mechanism, t)}
    </span>
  );
  return (
    <>
      {link ? (
        <Link href={`/mechanisms/${mechanism.slug}`} className="text-brand-700 underline">
          {name}
        </Link>
      ) : (
        name
      )}
      {mechanism.acronym && (
        <span className="font-normal text-slate-600"> ({mechanism.acronym})</span>
      )}
    </>
  );
};
