'use server';

import { runButtonAction } from '@/server/actions/run-action';

import { requestDataDownload } from './request-data-download';

/** The back office's "rebuild now" (admins): back to the page, which says it was requested. */
export const requestDataDownloadAction = async (rawLocale: string) =>
  runButtonAction({
    rawLocale,
    permission: 'dataDownload.build',
    run: async (actor) => {
      await requestDataDownload({ actor });
      return { pathname: '/admin/data-download', done: 'requested' };
    },
  });
