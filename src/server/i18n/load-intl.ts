import 'server-only';

import { createFormatter, createTranslator } from 'next-intl';

import { FORMATS, TIME_ZONE } from '@/i18n/formats';
import type { AppLocale } from '@/i18n/routing';

import en from '../../../messages/en.json';
import es from '../../../messages/es.json';
import pt from '../../../messages/pt.json';

// The source locale's file types the keys (global.ts); the others have the same keys
// (tests/unit/messages.test.ts), with other words where es.json's types hold its literal text.
const MESSAGES: Record<AppLocale, typeof es> = { es, pt: pt as typeof es, en: en as typeof es };

export type LoadIntlOptions = { locale: AppLocale };

/**
 * The interface strings and date formats of one language, outside a page's request scope: for
 * feeds and calendars, which route handlers build and tests call directly. Same messages, time
 * zone and named formats as the pages (src/i18n/request.ts).
 */
export const loadIntl = ({ locale }: LoadIntlOptions) => ({
  t: createTranslator({ locale, messages: MESSAGES[locale] }),
  format: createFormatter({ locale, timeZone: TIME_ZONE, formats: FORMATS }),
});

export type LoadedIntl = ReturnType<typeof loadIntl>;
