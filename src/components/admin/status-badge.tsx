import { getTranslations } from 'next-intl/server';

export const StatusBadge = async ({ status }: { status: 'DRAFT' | 'PUBLISHED' }) => {
  const t = await getTranslations('AdminForm');
  const colors =
    status === 'PUBLISHED' ? 'bg-brand-100 text-brand-900' : 'bg-slate-200 text-slate-900';
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${colors}`}>
      {t('status', { status })}
    </span>
  );
};
