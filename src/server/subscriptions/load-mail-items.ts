import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { FOLLOWED_TYPES } from '@/lib/subscriptions/followed-types';
import { pickTranslation } from '@/server/i18n/pick-translation';

import { followedDelegate } from './followed-delegate';
import { itemKey, type ItemRef } from './item-ref';
import { siteUrl } from './site-url';

export type MailItem = ItemRef & {
  title: string;
  summary: string | null;
  url: string;
  /** The language the title and summary are in (another than the mail's when missing). */
  textLocale: AppLocale;
};

type Row = {
  id: string;
  slug: string;
  originalLocale: AppLocale;
  translations: { locale: AppLocale; title: string; summary: string | null }[];
};

/**
 * The items a mail lists, in `locale` (else their original language), in the refs' order.
 * Items no longer published (or deleted) are left out.
 */
export const loadMailItems = async (refs: readonly ItemRef[], locale: AppLocale) => {
  const loaded = new Map<string, MailItem>();
  for (const type of new Set(refs.map((ref) => ref.type))) {
    const rows = (await followedDelegate(type).findMany({
      where: {
        id: { in: refs.filter((ref) => ref.type === type).map((ref) => ref.id) },
        status: 'PUBLISHED',
      },
      select: {
        id: true,
        slug: true,
        originalLocale: true,
        translations: { select: { locale: true, title: true, summary: true } },
      },
    })) as unknown as Row[];
    for (const row of rows) {
      const text = pickTranslation(row.translations, locale, row.originalLocale);
      loaded.set(itemKey({ type, id: row.id }), {
        type,
        id: row.id,
        title: text?.title ?? row.slug,
        summary: text?.summary ?? null,
        url: siteUrl(`${FOLLOWED_TYPES[type].path}/${encodeURIComponent(row.slug)}`, { locale }),
        textLocale: text?.shownLocale ?? row.originalLocale,
      });
    }
  }
  return refs.flatMap((ref) => loaded.get(itemKey(ref)) ?? []);
};
