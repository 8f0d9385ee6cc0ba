import { getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';

import { AdminPageHeader } from './admin-page-header';

export type DeleteConfirmationProps = {
  name: string;
  /** The bound delete action; it redirects to the list. */
  action: () => Promise<void>;
  cancelHref: string;
};

/** A separate page rather than a JavaScript dialog: deleting works, and is deliberate, without JS. */
export const DeleteConfirmation = async ({ name, action, cancelHref }: DeleteConfirmationProps) => {
  const t = await getTranslations('AdminForm');
  return (
    <div className="space-y-6">
      <AdminPageHeader title={t('deleteTitle', { name })} />
      <p className="text-lg">{t('deleteQuestion', { name })}</p>
      <form action={action} className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded bg-alert-700 px-4 py-2 font-semibold text-white hover:bg-red-900"
        >
          {t('confirmDelete')}
        </button>
        <Link href={cancelHref} className="text-brand-700 underline">
          {t('cancel')}
        </Link>
      </form>
    </div>
  );
};
