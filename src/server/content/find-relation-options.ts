import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import { pickOfficialName } from '@/server/i18n/pick-official-name';
import { pickTranslation } from '@/server/i18n/pick-translation';

export type RelationKind = 'themes' | 'countries' | 'mechanisms' | 'documents' | 'events';

export type RelationOption = { id: string; label: string; draft: boolean };

export type FindRelationOptionsOptions = {
  locale: AppLocale;
  kinds: readonly RelationKind[];
  /** For focal points: drafts' titles are not theirs to see. */
  publishedOnly?: boolean;
};

const named = <T extends { locale: AppLocale }>(
  translations: T[],
  locale: AppLocale,
  key: keyof T,
  fallback: string,
) => String(pickTranslation(translations, locale, 'es')?.[key] ?? fallback);

const loaders = {
  themes: async (locale: AppLocale): Promise<RelationOption[]> =>
    (await prisma.theme.findMany({ select: { id: true, slug: true, translations: true } })).map(
      (t) => ({ id: t.id, label: named(t.translations, locale, 'label', t.slug), draft: false }),
    ),
  countries: async (locale: AppLocale): Promise<RelationOption[]> =>
    (
      await prisma.country.findMany({
        select: { id: true, slug: true, status: true, translations: true },
      })
    ).map((c) => ({
      id: c.id,
      label: named(c.translations, locale, 'name', c.slug),
      draft: c.status === 'DRAFT',
    })),
  mechanisms: async (locale: AppLocale): Promise<RelationOption[]> =>
    (
      await prisma.mechanism.findMany({
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
      })
    ).map((m) => {
      // The official name, as public pages show it (not a translation).
      const name = pickOfficialName(m.translations, m.originalLocale, locale)?.name;
      const country = pickTranslation(m.country.translations, locale, 'es')?.name ?? '';
      const own = name ?? m.acronym ?? m.jurisdiction ?? m.slug;
      return { id: m.id, label: `${country}: ${own}`, draft: m.status === 'DRAFT' };
    }),
  documents: async (locale: AppLocale): Promise<RelationOption[]> =>
    (
      await prisma.document.findMany({
        select: { id: true, slug: true, status: true, originalLocale: true, translations: true },
        orderBy: { publishedOn: { sort: 'desc', nulls: 'last' } },
        take: 500,
      })
    ).map((d) => ({
      id: d.id,
      label: named(d.translations, locale, 'title', d.slug),
      draft: d.status === 'DRAFT',
    })),
  events: async (locale: AppLocale): Promise<RelationOption[]> =>
    (
      await prisma.event.findMany({
        select: { id: true, slug: true, status: true, translations: true },
        orderBy: { startsOn: 'desc' },
        take: 500,
      })
    ).map((e) => ({
      id: e.id,
      label: named(e.translations, locale, 'title', e.slug),
      draft: e.status === 'DRAFT',
    })),
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
