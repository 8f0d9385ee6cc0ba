import { getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';

export default async function LocaleNotFound() {
  const t = await getTranslations('NotFound');
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('description')}</p>
      <p>
        <Link href="/" className="text-brand-700 underline">
          {t('backHome')}
        </Link>
      </p>
    </div>
  );
}
