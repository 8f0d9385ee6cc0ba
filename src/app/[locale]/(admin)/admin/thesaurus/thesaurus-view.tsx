import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FlashMessage } from '@/components/admin/flash-message';
import { Link } from '@/i18n/link';
import type { ThesaurusConceptListItem } from '@/server/thesaurus/find-thesaurus-concepts';

export type ThesaurusViewProps = {
  concepts: ThesaurusConceptListItem[];
  done?: 'saved';
};

const LOCALES = ['es', 'pt', 'en'] as const;

/** The thesaurus: each concept with its terms in the three languages, linking to its edit form. */
export const ThesaurusView = async ({ concepts, done }: ThesaurusViewProps) => {
  const [t, tFallback] = await Promise.all([
    getTranslations('AdminThesaurus'),
    getTranslations('Fallback'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader title={t('heading')}>
        <p className="max-w-3xl text-slate-700">{t('intro', { count: concepts.length })}</p>
      </AdminPageHeader>
      <FlashMessage message={done ? t('saved') : null} />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t('heading')}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="p-2">
                {t('columnConcept')}
              </th>
              {LOCALES.map((locale) => (
                <th key={locale} scope="col" className="p-2">
                  {tFallback('languageName', { locale })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {concepts.map((concept) => (
              <tr key={concept.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2 font-normal">
                  <Link
                    href={`/admin/thesaurus/${concept.id}`}
                    className="text-brand-700 underline"
                    aria-label={t('editConcept', { key: concept.key })}
                  >
                    {concept.key}
                  </Link>
                </th>
                {LOCALES.map((locale) => (
                  <td key={locale} className="p-2" lang={locale}>
                    {concept.terms[locale].join(' · ')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
};
