import { getLocale, getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';
import type { AppLocale } from '@/i18n/routing';

export type NamedMechanism = {
  slug: string;
  /** The official name, in its own language (`nameLocale`); null when none is recorded. */
  name: string | null;
  nameLocale: AppLocale;
  /** A translation into the visitor's language, shown second. */
  nameTranslation?: string | null;
  acronym: string | null;
  jurisdiction: string | null;
};

type SourcesTranslator = Awaited<ReturnType<typeof getTranslations<'Sources'>>>;

/**
 * The official name, or, when none is recorded, a description of the mechanism by jurisdiction
 * and type that says plainly it is not a name (no name is ever made up).
 */
export const mechanismDisplayName = (mechanism: NamedMechanism, t: SourcesTranslator) =>
  mechanism.name ??
  (mechanism.jurisdiction
    ? t('unnamedLocal', { jurisdiction: mechanism.jurisdiction })
    : t('unnamed'));

export type MechanismNameProps = {
  mechanism: NamedMechanism;
  /** Make the name a link to the mechanism's page. */
  link?: boolean;
  /** Where the translation goes: on a line of its own (headings), after the name, or nowhere. */
  translation?: 'block' | 'inline' | 'none';
};

/** Official name (in its own language) and acronym, with a translation as secondary text. */
export const MechanismName = async ({
  mechanism,
  link = false,
  translation = 'block',
}: MechanismNameProps) => {
  const [t, locale] = await Promise.all([getTranslations('Sources'), getLocale()]);
  const name = mechanism.name ? (
    <span lang={mechanism.nameLocale}>{mechanism.name}</span>
  ) : (
    <span className="italic" data-unnamed="">
      {mechanismDisplayName(mechanism, t)}
    </span>
  );
  const translated = mechanism.name && translation !== 'none' && mechanism.nameTranslation;
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
      {translated && (
        <span
          lang={locale}
          className={
            translation === 'block'
              ? 'mt-1 block text-base font-normal text-slate-700'
              : 'font-normal text-slate-700'
          }
        >
          {translation === 'inline' && ' — '}
          <span className="sr-only">{t('translationLabel')} </span>
          {translated}
        </span>
      )}
    </>
  );
};
