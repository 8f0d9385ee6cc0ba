import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { FactSource } from '@/components/sources/fact-source';
import { FormattedDate } from '@/components/ui/formatted-date';
import type { Citations } from '@/server/sources/to-citation';
import type { MechanismProfile } from '@/server/summaries/to-mechanism-profile';

/** `website` and `contact` both show the contact block (website, e-mail, phone, address). */
export type MechanismFactKey =
  'jurisdiction' | 'model' | 'status' | 'legalBasis' | 'designated' | 'website' | 'contact';

export type MechanismFactsProps = {
  mechanism: MechanismProfile & { citations?: Citations };
  /** The facts to show (when recorded); all of them by default. */
  only?: readonly MechanismFactKey[];
};

/**
 * A term beside its value where the list (a container) has room, else above it: the list sits in
 * a half-width card as often as across the page, and the contacts nest a second list in a value,
 * so the viewport's width says nothing about the room there is. Each `<dl>` is the container its
 * facts measure.
 */
const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="grid grid-cols-1 gap-1 @md:grid-cols-[12rem_minmax(0,1fr)]">
    <dt className="font-semibold text-slate-700">{term}</dt>
    <dd className="min-w-0">{children}</dd>
  </div>
);

/**
 * 24 px tall (WCAG 2.5.8): the source marker sits right after it. Addresses break anywhere, also
 * inside a word, rather than stick out of a narrow card.
 */
const CONTACT_LINK = 'inline-block py-0.5 wrap-anywhere text-brand-700 underline';

/** http(s) links only: anything else in the website column is shown as text. */
const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/**
 * A mechanism's profile as a definition list: legal facts, website and contact details, each
 * with its source marker.
 */
export const MechanismFacts = async ({ mechanism, only }: MechanismFactsProps) => {
  const [t, tContacts] = await Promise.all([
    getTranslations('Mechanism'),
    getTranslations('Contacts'),
  ]);
  const shows = (key: MechanismFactKey) => !only || only.includes(key);
  const cite = mechanism.citations ?? {};
  const isLocal = mechanism.level === 'LOCAL';
  const designatedTerm = isLocal ? t('established') : t('designated');
  const website = mechanism.website;
  // Website, e-mail, phone and address, as the institution publishes them, each with its source.
  const contact = [
    website && {
      key: 'website',
      term: tContacts('website'),
      value: isWebLink(website) ? (
        <a href={website} className={CONTACT_LINK} rel="noopener">
          {website.replace(/^https?:\/\//i, '').replace(/\/$/, '')}
        </a>
      ) : (
        <span className="wrap-anywhere">{website}</span>
      ),
    },
    mechanism.email && {
      key: 'email',
      term: tContacts('email'),
      value: (
        <a href={`mailto:${mechanism.email}`} className={CONTACT_LINK}>
          {mechanism.email}
        </a>
      ),
    },
    mechanism.phone && { key: 'phone', term: tContacts('phone'), value: mechanism.phone },
    mechanism.address && { key: 'address', term: tContacts('address'), value: mechanism.address },
  ].filter((item) => !!item);

  return (
    <dl className="@container space-y-2 text-sm">
      {shows('jurisdiction') && mechanism.jurisdiction && (
        <Fact term={t('jurisdiction')}>{mechanism.jurisdiction}</Fact>
      )}
      {shows('model') && mechanism.model && (
        <Fact term={t('model')}>
          {t('modelLabel', { model: mechanism.model })}
          <FactSource citation={cite.model} label={t('model')} />
        </Fact>
      )}
      {shows('status') && mechanism.operationalStatus && (
        <Fact term={t('status')}>
          {t('statusLabel', { status: mechanism.operationalStatus })}
          <FactSource citation={cite.designation} label={t('status')} />
        </Fact>
      )}
      {shows('legalBasis') && mechanism.legalBasis && (
        <Fact term={t('legalBasis')}>
          <span lang={mechanism.legalBasisLocale}>{mechanism.legalBasis}</span>
          <FactSource citation={cite.legalBasis} label={t('legalBasis')} />
        </Fact>
      )}
      {shows('designated') && (mechanism.designatedOn || mechanism.designatedYear) && (
        <Fact term={designatedTerm}>
          {mechanism.designatedOn ? (
            <FormattedDate date={mechanism.designatedOn} />
          ) : (
            <time dateTime={String(mechanism.designatedYear)}>{mechanism.designatedYear}</time>
          )}
          <FactSource citation={cite.designation} label={designatedTerm} />
        </Fact>
      )}
      {(shows('contact') || shows('website')) && (
        <Fact term={tContacts('heading')}>
          {contact.length === 0 ? (
            <span className="text-slate-700" data-contact="none">
              {tContacts('none')}
            </span>
          ) : (
            <dl className="@container space-y-1">
              {contact.map((item) => (
                <Fact key={item.key} term={item.term}>
                  <span className="wrap-anywhere">{item.value}</span>
                  <FactSource citation={cite[item.key]} label={item.term} />
                </Fact>
              ))}
            </dl>
          )}
        </Fact>
      )}
    </dl>
  );
};
