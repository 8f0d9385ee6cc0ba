import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { findRelationOptions } from '@/server/content/find-relation-options';
import { requirePageActor } from '@/server/content/require-page-actor';
import { getEventForEdit } from '@/server/events/get-event-for-edit';

import { EventEditView } from './event-edit-view';

type PageProps = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditEventPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageActor(locale, 'content.edit');
  const [event, options] = await Promise.all([
    getEventForEdit({ id }),
    findRelationOptions({ locale, kinds: ['countries', 'mechanisms', 'documents'] }),
  ]);
  if (!event) notFound();
  const { done } = ZDoneQuerySchema.parse(await searchParams);
  return <EventEditView locale={locale} event={event} options={options} done={done} />;
}
