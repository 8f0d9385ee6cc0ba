import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { EventView } from '@/app/[locale]/(public)/events/[slug]/event-view';
import { PreviewBanner } from '@/components/admin/preview-banner';
import { requirePageUser } from '@/server/auth/require-page-user';
import { getContentRef } from '@/server/content/get-content-ref';
import { getEvent } from '@/server/events/get-event';

type PageProps = { params: Promise<{ locale: Locale; slug: string }> };

// Drafts must never end up in a search index.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The public page of a draft (or published) event, for signed-in staff only. */
export default async function PreviewEventPage({ params }: PageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const event = await getEvent({ slug, locale, includeDrafts: true });
  if (!event) notFound();
  const row = await getContentRef({ kind: 'event', slug });
  if (!row) notFound();
  return (
    <>
      <PreviewBanner status={row.status} editHref={`/admin/events/${row.id}`} />
      <EventView event={event} />
    </>
  );
}
