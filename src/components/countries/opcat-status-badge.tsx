import { getTranslations } from 'next-intl/server';

import type { OpcatStatus } from '@/generated/prisma/enums';

const STYLES: Record<OpcatStatus, string> = {
  PARTY: 'bg-brand-100 text-brand-900',
  SIGNATORY: 'bg-amber-100 text-amber-950',
  NOT_PARTY: 'bg-slate-200 text-slate-800',
};

export const OpcatStatusBadge = async ({ status }: { status: OpcatStatus }) => {
  const t = await getTranslations('OpcatStatus');
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}>
      {t('label', { status })}
    </span>
  );
};
