import { getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';

export type PreviewBannerProps = { status: 'DRAFT' | 'PUBLISHED'; editHref: string };

/** Says plainly that this is the back office's preview, not the public page. */
export const PreviewBanner = async ({ status, editHref }: PreviewBannerProps) => {
  const t = await getTranslations('AdminForm');
  return (
    <aside
      aria-label={t('preview')}
      className="mb-8 flex flex-wrap items-center justify-between gap-3 rounded border-2 border-dashed border-amber-600 bg-amber-50 p-3 text-amber-950"
    >
      <p className="font-semibold">{t('previewNotice', { status: t('status', { status }) })}</p>
      <Link href={editHref} className="underline">
        {t('previewBack')}
      </Link>
    </aside>
  );
};
