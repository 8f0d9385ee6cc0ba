import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';

import { buildNotFoundMetadata } from '@/server/seo/build-not-found-metadata';

type CatchAllPageProps = { params: Promise<{ locale: Locale }> };

export const generateMetadata = async ({ params }: CatchAllPageProps): Promise<Metadata> =>
  buildNotFoundMetadata((await params).locale);

// Any unknown path under a locale renders that locale's not-found page.
export default function CatchAllPage() {
  notFound();
}
