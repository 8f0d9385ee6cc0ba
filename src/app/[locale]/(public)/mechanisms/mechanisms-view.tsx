import { getTranslations } from 'next-intl/server';

import { FilterForm, FilterSelect } from '@/components/filters/filter-form';
import { MechanismFacts } from '@/components/mechanisms/mechanism-facts';
import { MechanismName } from '@/components/mechanisms/mechanism-name';
import { ExportLinks } from '@/components/open-data/export-links';
import { InstitutionalModel, MechanismLevel, MechanismStatus } from '@/generated/prisma/enums';
import { Link } from '@/i18n/link';
import { SEARCH_QUERY_MAX_LENGTH } from '@/lib/validation/mechanisms';
import type { MechanismDirectory } from '@/server/mechanisms/find-mechanisms';

export type MechanismsViewProps = { directory: MechanismDirectory };

export const MechanismsView = async ({ directory }: MechanismsViewProps) => {
  const { mechanisms, countries, filters } = directory;
  const [t, tMechanism, tLevel, tDocument, tFallback] = await Promise.all([
    getTranslations('MechanismsPage'),
    getTranslations('Mechanism'),
    getTranslations('MechanismLevel'),
    getTranslations('Document'),
    getTranslations('Fallback'),
  ]);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      </header>

      <FilterForm pathname="/mechanisms" label={t('filtersLabel')}>
        <div className="flex min-w-0 flex-col gap-1 sm:col-span-2 lg:col-span-4">
          <label htmlFor="filter-q" className="text-sm font-semibold text-slate-800">
            {t('search')}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ''}
            maxLength={SEARCH_QUERY_MAX_LENGTH}
            aria-describedby="filter-q-hint"
            className="w-full rounded border border-slate-500 bg-white px-2 py-1.5"
          />
          <p id="filter-q-hint" className="text-xs text-slate-600">
            {t('searchHint')}
          </p>
        </div>
        <FilterSelect
          name="country"
          label={t('country')}
          value={filters.country}
          options={countries.map(({ slug, name }) => ({ value: slug, label: name }))}
        />
        <FilterSelect
          name="level"
          label={t('level')}
          value={filters.level}
          options={Object.values(MechanismLevel).map((level) => ({
            value: level,
            label: tLevel('label', { level }),
          }))}
        />
        <FilterSelect
          name="model"
          label={tMechanism('model')}
          value={filters.model}
          options={Object.values(InstitutionalModel).map((model) => ({
            value: model,
            label: tMechanism('modelLabel', { model }),
          }))}
        />
        <FilterSelect
          name="status"
          label={tMechanism('status')}
          value={filters.status}
          options={Object.values(MechanismStatus).map((status) => ({
            value: status,
            label: tMechanism('statusLabel', { status }),
          }))}
        />
      </FilterForm>

      <section aria-labelledby="results" className="space-y-4">
        <h2 id="results" className="text-xl font-semibold">
          {t('resultCount', { count: mechanisms.length })}
        </h2>
        <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {mechanisms.map((mechanism) => (
            <li key={mechanism.slug}>
              <article className="h-full space-y-3 rounded-lg border border-slate-200 p-4">
                <h3 className="text-lg font-semibold">
                  <MechanismName mechanism={mechanism} link />
                </h3>
                <p className="text-sm text-slate-700">
                  <Link
                    href={`/countries/${mechanism.country.slug}`}
                    className="text-brand-700 underline"
                  >
                    {mechanism.country.name}
                  </Link>
                  {' · '}
                  {tLevel('label', { level: mechanism.level })}
                </p>
                {mechanism.nameIsFallback && (
                  <p className="text-xs text-slate-600">
                    {tDocument('inLanguage', {
                      language: tFallback('languageName', { locale: mechanism.nameLocale }),
                    })}
                  </p>
                )}
                <MechanismFacts
                  mechanism={mechanism}
                  only={['model', 'status', 'website', 'contact']}
                />
              </article>
            </li>
          ))}
        </ul>
      </section>
      <ExportLinks
        dataset="mechanisms"
        filters={{
          q: filters.q,
          country: filters.country,
          level: filters.level,
          model: filters.model,
          status: filters.status,
        }}
      />
    </div>
  );
};
