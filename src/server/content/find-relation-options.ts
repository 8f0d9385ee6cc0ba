import 'server-only';

import { getTranslations } from 'next-intl/server';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import { pickOfficialName } from '@/server/i18n/pick-official-name';
import { pickTranslation } from '@/server/i18n/pick-translation';

export type RelationKind = 'themes' | 'countries' | 'mechanisms' | 'documents' | 'events';

export type RelationOption = {
  id: string;
  /** The whole text, for sorting and plain-text uses: `name`, after `context` when there is one. */
  label: string;
  draft: boolean;
  /** The item's name: in the editor's language when it has one, else as `lang` says. */
  name: string;
  /** The language `name` is in (a `lang` attribute): a mechanism's official name keeps its own. */
  lang: AppLocale;
  /** Words in the editor's language that place the item, shown before `name`: its country. */
  context?: string;
};

export type FindRelationOptionsOptions = {
  locale: AppLocale;
  kinds: readonly RelationKind[];
  /** For focal points: drafts' titles are not theirs to see. */
  publishedOnly?: boolean;
};

/**
 * Named in the editor's language, else in the item's own (`originalLocale`), else any; the
 * option says which, so the page can mark it with `lang`. Only rows that have the name count.
 */
const named = <T extends { locale: AppLocale }>(
  row: { id: string; slug: string; translations: T[]; originalLocale?: AppLocale },
  locale: AppLocale,
  key: keyof T,
  draft: boolean,
): RelationOption => {
  const withName = row.translations.filter((t) => t[key]);
  const picked = pickTranslation(withName, locale, row.originalLocale ?? 'es');
  const name = picked ? String(picked[key]) : row.slug;
  return { id: row.id, label: name, name, lang: picked?.shownLocale ?? locale, draft };
};

const loaders = {
  themes: async (locale: AppLocale): Promise<RelationOption[]> =>
    (await prisma.theme.findMany({ select: { id: true, slug: true, translations: true } })).map(
      (t) => named(t, locale, 'label', false),
    ),
  countries: async (locale: AppLocale): Promise<RelationOption[]> =>
    (
      await prisma.country.findMany({
        select: { id: true, slug: true, status: true, translations: true },
      })
    ).map((c) => named(c, locale, 'name', c.status === 'DRAFT')),
  mechanisms: async (locale: AppLocale): Promise<RelationOption[]> => {
    const [t, rows] = await Promise.all([
      getTranslations({ locale, namespace: 'Sources' }),
      prisma.mechanism.findMany({
        select: {
          id: true,
          slug: true,
          acronym: true,
          jurisdiction: true,
          status: true,
          originalLocale: true,
          translations: { select: { locale: true, name: true } },
          country: { select: { translations: { select: { locale: true, name: true } } } },
        },
      }),
    ]);
    return rows.map((m) => {
      // The official name in its own language, as public pages show it (not a translation);
      // without one, the public pages' description, which says it is not a name.
      const official = pickOfficialName(m.translations, m.originalLocale, locale);
      const name =
        official?.name ??
        (m.jurisdiction
          ? t('unnamedLocal', { jurisdiction: m.jurisdiction })
          : (m.acronym ?? t('unnamed')));
      const country = pickTranslation(m.country.translations, locale, 'es')?.name ?? '';
      return {
        id: m.id,
        label: `${country}: ${name}`,
        name,
        lang: official?.locale ?? locale,
        context: country,
        draft: m.status === 'DRAFT',
      };
    });
  },
  documents: async (locale: AppLocale): Promise<RelationOption[]> =>
    (
      await prisma.document.findMany({
        select: { id: true, slug: true, status: true, originalLocale: true, translations: true },
        orderBy: { publishedOn: { sort: 'desc', nulls: 'last' } },
        take: 500,
      })
    ).map((d) => named(d, locale, 'title', d.status === 'DRAFT')),
  events: async (locale: AppLocale): Promise<RelationOption[]> =>
    (
      await prisma.event.findMany({
        select: { id: true, slug: true, status: true, originalLocale: true, translations: true },
        orderBy: { startsOn: 'desc' },
        take: 500,
      })
    ).map((e) => named(e, locale, 'title', e.status === 'DRAFT')),
};

/** Choices for the relation checkboxes and selects, sorted by label in the editor's language. */
export const findRelationOptions = async ({
  locale,
  kinds,
  publishedOnly = false,
}: FindRelationOptionsOptions) => {
  const collator = new Intl.Collator(locale);
  const entries = await Promise.all(
    kinds.map(async (kind) => {
      const options = (await loaders[kind](locale)).filter((o) => !publishedOnly || !o.draft);
      return [kind, options.sort((a, b) => collator.compare(a.label, b.label))] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<RelationKind, RelationOption[]>;
};
