import { getTranslations } from 'next-intl/server';

import { SubscribeBox } from '@/components/subscriptions/subscribe-box';

export const SiteFooter = async () => {
  const t = await getTranslations('Footer');
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-slate-700">
        <SubscribeBox />
        <p>{t('about')}</p>
        <p>{t('dataNotice')}</p>
      </div>
    </footer>
  );
};
