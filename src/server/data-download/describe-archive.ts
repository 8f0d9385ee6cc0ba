import 'server-only';

import { createTranslator } from 'use-intl/core';

import { type AppLocale, routing } from '@/i18n/routing';
import type { DataLicence } from '@/lib/data-licence';

import en from '../../../messages/en.json';
import es from '../../../messages/es.json';
import pt from '../../../messages/pt.json';
import type { ArchiveEntry } from './write-data-archive';

// Written by a job, outside any request: the messages are imported (as the mails do).
const MESSAGES = { es, pt, en } as Record<AppLocale, typeof es>;

export type DescribeArchiveOptions = {
  entries: ArchiveEntry[];
  counts: Record<string, number>;
  licence: DataLicence;
  siteUrl: string;
  generatedAt: Date;
};

/** manifest.json: what the ZIP holds, with counts and checksums, its licence and source. */
export const describeArchive = ({
  entries,
  counts,
  licence,
  siteUrl,
  generatedAt,
}: DescribeArchiveOptions) => ({
  manifest: {
    title: 'Prevenir: full data download',
    generatedAt: generatedAt.toISOString(),
    source: siteUrl,
    api: new URL('/api/v1', siteUrl).toString(),
    licence: { id: licence.id, name: licence.name, url: licence.url },
    licenceScope:
      'The licence covers the data in data/. The documents in files/ are published by their authors, under their own terms.',
    language: routing.defaultLocale,
    counts,
    formats: {
      csv: 'UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting; a cell starting with =, +, - or @ is prefixed with an apostrophe. Same columns as the API exports (/api/v1/exports/<entity>.csv).',
      json: 'An array of the items as the API lists them (/api/v1/<entity>).',
      files: 'files/<document-slug>/<file name>: the file of each published document.',
    },
    files: entries,
  },
  readme: routing.locales
    .map((locale) =>
      createTranslator({ locale, messages: MESSAGES[locale], namespace: 'DataDownloadReadme' })(
        'text',
        {
          site: siteUrl,
          date: generatedAt.toISOString().slice(0, 10),
          licence: `${licence.name} (${licence.label}), ${licence.url}`,
        },
      ),
    )
    .join('\n\n----\n\n')
    .concat('\n'),
});
