// next-intl's server entry needs Next.js's request scope. In integration tests this module stands
// in for it, the same translator over the real messages:
//   vi.mock('next-intl/server', () => import('../../../tests/support/next-intl-server-mock'));
import type { AbstractIntlMessages } from 'next-intl';
import { createTranslator } from 'use-intl/core';

import type { AppLocale } from '@/i18n/routing';

export const getTranslations = async ({
  locale,
  namespace,
}: {
  locale: AppLocale;
  namespace: string;
}) =>
  createTranslator({
    locale,
    namespace,
    messages: ((await import(`../../messages/${locale}.json`)) as { default: AbstractIntlMessages })
      .default,
  });
