import { getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';

/** A mailed link that is forged, expired or replaced: say so, and where to go instead. */
export const InvalidLink = async ({ message }: { message: string }) => {
  const t = await getTranslations('Subscribe');
  return (
    <>
      <p role="alert" className="rounded border-2 border-alert-700 bg-red-50 p-4">
        {message}
      </p>
      <p>
        <Link href="/subscribe" className="text-brand-700 underline">
          {t('backToSubscribe')}
        </Link>
      </p>
    </>
  );
};
