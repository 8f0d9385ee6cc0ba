import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { CheckboxGroup } from '@/components/admin/checkbox-group';
import { ContentForm } from '@/components/admin/content-form';
import { TextField } from '@/components/admin/text-field';
import { Link } from '@/i18n/link';
import type { Fact } from '@/lib/facts';
import { dateValue } from '@/lib/forms/form-values';
import { updateFactCitationAction } from '@/server/sources/actions';
import type { SourceListItem } from '@/server/sources/find-sources';
import type { EntityCitations } from '@/server/sources/get-entity-citations';
import type { Citation } from '@/server/sources/to-citation';

export type FactCitationViewProps = {
  locale: Locale;
  entity: EntityCitations;
  fact: Fact;
  citation: Citation | null;
  sources: SourceListItem[];
};

/** One fact's sources (its current ones listed first) and the day it was last verified. */
export const FactCitationView = async ({
  locale,
  entity,
  fact,
  citation,
  sources,
}: FactCitationViewProps) => {
  const t = await getTranslations('AdminSources');
  const factLabel = t('factLabel', { fact });
  const cited = new Set(citation?.sources.map((source) => source.id));
  const options = [...sources]
    .sort((a, b) => Number(cited.has(b.id)) - Number(cited.has(a.id)))
    .map((source) => ({
      value: source.id,
      label: source.title,
      note: source.publisher ?? undefined,
    }));
  const back = `/admin/sources/facts/${entity.entityType}/${entity.id}`;
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('facts.editHeading', { fact: factLabel, name: entity.label })}
        back={{ href: back, label: t('facts.back') }}
      />
      <ContentForm
        action={updateFactCitationAction.bind(null, locale, entity.entityType, entity.id, fact)}
        initialValues={{
          sourceIds: [...cited],
          verifiedOn: dateValue(citation?.verifiedOn ?? null),
        }}
        mode="save"
        labels={{
          plain: { sourceIds: t('facts.sourcesLegend'), verifiedOn: t('facts.verifiedOn') },
          translated: {},
        }}
      >
        <CheckboxGroup name="sourceIds" legend={t('facts.sourcesLegend')} options={options} />
        <p className="text-sm">
          {t('facts.missingSource')}{' '}
          <Link href="/admin/sources/new" className="text-brand-700 underline">
            {t('newSource')}
          </Link>
        </p>
        <TextField
          name="verifiedOn"
          type="date"
          label={t('facts.verifiedOn')}
          hint={t('facts.verifiedHint')}
        />
      </ContentForm>
    </div>
  );
};
