import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { DeleteConfirmation } from '@/components/admin/delete-confirmation';
import { toAdminListRow } from '@/server/content/admin-list-row';
import { requirePageActor } from '@/server/content/require-page-actor';
import { deleteEventAction } from '@/server/events/actions';
import { getEventForEdit } from '@/server/events/get-event-for-edit';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function DeleteEventPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageActor(locale, 'content.delete');
  const event = await getEventForEdit({ id });
  if (!event) notFound();
  const { label } = toAdminListRow(event, locale, 'title');
  return (
    <DeleteConfirmation
      name={label ?? event.slug}
      action={deleteEventAction.bind(null, locale, id)}
      cancelHref={`/admin/events/${id}`}
    />
  );
}
