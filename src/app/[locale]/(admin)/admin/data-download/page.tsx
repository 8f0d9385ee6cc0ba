import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { ZDataDownloadQuerySchema } from '@/lib/validation/data-download';
import { requirePageUser } from '@/server/auth/require-page-user';
import { requestDataDownloadAction } from '@/server/data-download/actions';
import { findDataDownloadStatus } from '@/server/data-download/find-data-download-status';

import { DataDownloadView } from './data-download-view';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function DataDownloadPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'dataDownload.build');
  const { done } = ZDataDownloadQuerySchema.parse(await searchParams);
  return (
    <DataDownloadView
      {...await findDataDownloadStatus()}
      done={done}
      action={requestDataDownloadAction.bind(null, locale)}
    />
  );
}
