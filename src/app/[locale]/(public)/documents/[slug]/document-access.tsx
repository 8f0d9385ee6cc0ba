import { getFormatter, getTranslations } from 'next-intl/server';

import { formatFileSize } from '@/lib/format-file-size';
import type { DocumentDetail } from '@/server/documents/get-document';

const FORMATS: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/webp': 'webp',
};

/** The download (with format and size) and the link to the publisher's copy. */
export const DocumentAccess = async ({ document }: { document: DocumentDetail }) => {
  const [t, format] = await Promise.all([getTranslations('DocumentPage'), getFormatter()]);
  const { file, externalUrl } = document;

  if (!file && !externalUrl) return <p className="text-slate-600">{t('noAccess')}</p>;
  return (
    <ul className="flex flex-wrap gap-3">
      {file && (
        <li>
          {/* A plain link: the API route is not a localized page. */}
          <a
            href={`/api/files/${file.id}`}
            download={file.filename}
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t('download', {
              format: t('fileFormat', { format: FORMATS[file.contentType] ?? 'other' }),
              size: formatFileSize(format, file.size),
            })}
          </a>
        </li>
      )}
      {externalUrl && (
        <li>
          <a
            href={externalUrl}
            rel="noopener noreferrer"
            className="inline-block rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 underline"
          >
            {t('externalLink')}
          </a>
        </li>
      )}
    </ul>
  );
};
