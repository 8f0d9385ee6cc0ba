import { getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';
import type { TFormLocale } from '@/lib/validation/form-fields';

import { ActionButton } from './action-button';
import { MissingTranslations } from './missing-translations';
import { StatusBadge } from './status-badge';

export type ContentStatusBarProps = {
  status: 'DRAFT' | 'PUBLISHED';
  missing: readonly TFormLocale[];
  previewHref?: string;
  deleteHref: string;
  publish: () => Promise<void>;
  unpublish: () => Promise<void>;
};

/** Status, missing languages and the publication actions above an edit form. */
export const ContentStatusBar = async ({
  status,
  missing,
  previewHref,
  deleteHref,
  publish,
  unpublish,
}: ContentStatusBarProps) => {
  const t = await getTranslations('AdminForm');
  return (
    <div className="flex flex-wrap items-center gap-3 rounded bg-slate-50 p-3">
      <StatusBadge status={status} />
      <MissingTranslations missing={missing} />
      <span className="flex-1" />
      {previewHref && (
        <Link href={previewHref} className="text-brand-700 underline">
          {t('preview')}
        </Link>
      )}
      {status === 'DRAFT' ? (
        <ActionButton action={publish} label={t('publish')} tone="primary" />
      ) : (
        <ActionButton action={unpublish} label={t('unpublish')} />
      )}
      <Link href={deleteHref} className="font-semibold text-alert-700 underline">
        {t('delete')}
      </Link>
    </div>
  );
};
