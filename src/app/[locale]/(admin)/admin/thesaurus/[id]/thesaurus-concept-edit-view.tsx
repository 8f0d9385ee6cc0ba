import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { ThesaurusConceptForm } from '@/components/admin/thesaurus/thesaurus-concept-form';
import { updateThesaurusConceptAction } from '@/server/thesaurus/actions';
import type { ThesaurusConceptForEdit } from '@/server/thesaurus/get-thesaurus-concept';

export type ThesaurusConceptEditViewProps = { locale: Locale; concept: ThesaurusConceptForEdit };

const LOCALES = ['es', 'pt', 'en'] as const;

export const ThesaurusConceptEditView = async ({
  locale,
  concept,
}: ThesaurusConceptEditViewProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminThesaurus'),
    getTranslations('AdminForm'),
  ]);
  const sourced = concept.terms.filter((term) => term.sourceUrl);
  const initialValues = Object.fromEntries(
    LOCALES.map((l) => [
      l,
      concept.terms
        .filter((term) => term.locale === l)
        .map((term) => term.term)
        .join('\n'),
    ]),
  );
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('editHeading', { key: concept.key })}
        back={{ href: '/admin/thesaurus', label: tForm('backToList') }}
      >
        <p className="max-w-3xl text-slate-700">{t('editIntro')}</p>
      </AdminPageHeader>
      <ThesaurusConceptForm
        action={updateThesaurusConceptAction.bind(null, locale, concept.id)}
        initialValues={initialValues}
      />
      {sourced.length > 0 && (
        <section aria-labelledby="thesaurus-sources" className="space-y-2">
          <h2 id="thesaurus-sources" className="text-xl font-semibold">
            {t('sourcesHeading')}
          </h2>
          <ul className="list-disc space-y-1 pl-6 text-sm">
            {sourced.map((term) => (
              <li key={`${term.locale}:${term.term}`}>
                <span lang={term.locale}>{term.term}</span>:{' '}
                <a href={term.sourceUrl!} className="text-brand-700 underline">
                  {term.sourceTitle ?? term.sourceUrl}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
};
