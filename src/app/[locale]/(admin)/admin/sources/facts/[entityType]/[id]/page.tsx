import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZCitedEntitySchema, ZSourcesDoneSchema } from '@/lib/validation/sources';
import { requirePageUser } from '@/server/auth/require-page-user';
import { CITATION_PERMISSION } from '@/server/sources/citation-permission';
import { getEntityCitations } from '@/server/sources/get-entity-citations';

import { EntityFactsView } from './entity-facts-view';

type PageProps = {
  params: Promise<{ locale: Locale; entityType: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EntityFactsPage({ params, searchParams }: PageProps) {
  const { locale, ...raw } = await params;
  setRequestLocale(locale);
  const parsed = ZCitedEntitySchema.safeParse(raw);
  if (!parsed.success) notFound();
  const { entityType, id } = parsed.data;
  await requirePageUser(locale, CITATION_PERMISSION[entityType]);
  const entity = await getEntityCitations({ entityType, id, locale });
  if (!entity) notFound();
  const { done } = ZSourcesDoneSchema.parse(await searchParams);
  return <EntityFactsView entity={entity} saved={done === 'saved'} />;
}
