import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { DeleteConfirmation } from '@/components/admin/delete-confirmation';
import { requirePageUser } from '@/server/auth/require-page-user';
import { toAdminListRow } from '@/server/content/admin-list-row';
import { findContentForEdit } from '@/server/content/find-admin-content';
import { deleteEventAction } from '@/server/events/actions';
import { eventType } from '@/server/events/event-type';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function DeleteEventPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.delete');
  const event = await findContentForEdit(eventType, id);
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
