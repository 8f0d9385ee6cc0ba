import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZCitedEntitySchema } from '@/lib/validation/sources';
import { requirePageUser } from '@/server/auth/require-page-user';
import { CITATION_PERMISSION } from '@/server/sources/citation-permission';
import { findSources } from '@/server/sources/find-sources';
import { getEntityCitations } from '@/server/sources/get-entity-citations';

import { FactCitationView } from './fact-citation-view';

type PageProps = {
  params: Promise<{ locale: Locale; entityType: string; id: string; fact: string }>;
};

export default async function FactCitationPage({ params }: PageProps) {
  const { locale, ...raw } = await params;
  setRequestLocale(locale);
  const parsed = ZCitedEntitySchema.safeParse(raw);
  if (!parsed.success || !parsed.data.fact) notFound();
  const { entityType, id, fact } = parsed.data;
  await requirePageUser(locale, CITATION_PERMISSION[entityType]);
  const [entity, sources] = await Promise.all([
    getEntityCitations({ entityType, id, locale }),
    findSources(),
  ]);
  if (!entity) notFound();
  const citation = entity.facts.find((f) => f.fact === fact)?.citation ?? null;
  return (
    <FactCitationView
      locale={locale}
      entity={entity}
      fact={fact}
      citation={citation}
      sources={sources}
    />
  );
}
