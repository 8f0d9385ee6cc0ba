import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findContentForEdit } from '@/server/content/find-admin-content';
import { findRelationOptions } from '@/server/content/find-relation-options';
import { eventType } from '@/server/events/event-type';

import { EventEditView } from './event-edit-view';

type PageProps = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditEventPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const [event, options] = await Promise.all([
    findContentForEdit(eventType, id),
    findRelationOptions({ locale, kinds: ['countries', 'mechanisms', 'documents'] }),
  ]);
  if (!event) notFound();
  const { done } = ZDoneQuerySchema.parse(await searchParams);
  return <EventEditView locale={locale} event={event} options={options} done={done} />;
}
