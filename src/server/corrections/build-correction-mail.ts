import 'server-only';

import { getTranslations } from 'next-intl/server';

import { env } from '@/env';
import type { Correction } from '@/generated/prisma/client';
import { getPathname } from '@/i18n/navigation';
import type { SendMailOptions } from '@/server/mail/send-mail';

import { findCorrectionTargets } from './find-correction-targets';

export type BuildCorrectionMailOptions = {
  correction: Pick<
    Correction,
    | 'entityType'
    | 'entityId'
    | 'field'
    | 'proposedValue'
    | 'sourceUrl'
    | 'contactEmail'
    | 'locale'
    | 'status'
    | 'reviewNote'
  > & { contactEmail: string };
};

/**
 * The answer to a correction's sender, in the language they wrote in: the decision, what they
 * proposed, the editor's note and a link to the page (from SITE_URL, never a request's Host).
 */
export const buildCorrectionMail = async ({
  correction,
}: BuildCorrectionMailOptions): Promise<SendMailOptions> => {
  const { locale } = correction;
  const [t, lookup] = await Promise.all([
    getTranslations({ locale, namespace: 'Correction' }),
    findCorrectionTargets({ refs: [correction], locale }),
  ]);
  const target = lookup(correction);
  const decision = correction.status === 'ACCEPTED' ? 'accepted' : 'rejected';
  return {
    to: correction.contactEmail,
    subject: t('mail.subject', { decision }),
    text: t('mail.body', {
      decision,
      page: target?.label ?? '—',
      url: target
        ? new URL(getPathname({ href: target.publicPath, locale }), env.SITE_URL).toString()
        : env.SITE_URL,
      field: t('fieldLabel', { field: correction.field }),
      value: correction.proposedValue,
      source: correction.sourceUrl,
      note: correction.reviewNote ? t('mail.note', { note: correction.reviewNote }) : '',
    }),
  };
};
