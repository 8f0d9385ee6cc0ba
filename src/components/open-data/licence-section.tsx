import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import type { DataLicence } from '@/lib/data-licence';

export type LicenceSectionProps = {
  /** Whose wording: the data page and the API reference say it for their own readers. */
  namespace: 'DataPage' | 'ApiReferencePage';
  licence: DataLicence;
  headingClass: string;
  linkClass: string;
  /** Paragraphs after the attribution. */
  children?: ReactNode;
};

/** The data licence: its name and link (`rel="license"`) and whether reuse must credit us. */
export const LicenceSection = async ({
  namespace,
  licence,
  headingClass,
  linkClass,
  children,
}: LicenceSectionProps) => {
  const t = await getTranslations(namespace);
  return (
    <section aria-labelledby="licence" className="space-y-3">
      <h2 id="licence" className={headingClass}>
        {t('licenceHeading')}
      </h2>
      <p data-licence={licence.id}>
        {t.rich('licence', {
          label: licence.label,
          link: (chunks) => (
            <a href={licence.url} rel="license" className={linkClass}>
              {chunks}
            </a>
          ),
          // The licence's official title, which is English.
          name: () => <span lang="en">{licence.name}</span>,
        })}
      </p>
      <p>{t('attribution', { attribution: licence.attribution ? 'yes' : 'no' })}</p>
      {children}
    </section>
  );
};
