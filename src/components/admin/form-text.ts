import 'server-only';

import { getTranslations } from 'next-intl/server';

import type { AdminFormText } from './admin-form';

/** The shared strings of a back-office form's buttons and messages. */
export const getFormText = async (mode: 'create' | 'save' | 'propose'): Promise<AdminFormText> => {
  const [t, tChanges] = await Promise.all([
    getTranslations('AdminForm'),
    getTranslations('AdminChanges'),
  ]);
  return {
    submit:
      mode === 'create' ? t('create') : mode === 'save' ? t('save') : tChanges('submitProposal'),
    pending: t('saving'),
    reloadLatest: t('reloadLatest'),
  };
};
