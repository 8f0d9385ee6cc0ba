import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import { pickTranslation } from '@/server/i18n/pick-translation';
import { mechanismRefSelect, toMechanismRef } from '@/server/summaries/to-mechanism-ref';

export type FindExchangeNetworkOptions = { locale: AppLocale };

export type ExchangeNetwork = Awaited<ReturnType<typeof findExchangeNetwork>>;
export type NetworkMechanism = ExchangeNetwork['mechanisms'][number];

const published = { status: 'PUBLISHED' as const };

/**
 * The published cooperations and exchanges between mechanisms (who, with whom, when, what kind,
 * on what source), newest first, and every published mechanism taking part in one, with its
 * country and how many it takes part in: the network page's diagram and table.
 */
export const findExchangeNetwork = async ({ locale }: FindExchangeNetworkOptions) => {
  const rows = await prisma.cooperation.findMany({
    where: { ...published, mechanisms: { some: published } },
    select: {
      slug: true,
      kind: true,
      originalLocale: true,
      startedOn: true,
      startedYear: true,
      sources: true,
      translations: { select: { locale: true, title: true } },
      mechanisms: {
        where: published,
        select: {
          ...mechanismRefSelect,
          country: {
            select: {
              slug: true,
              iso2: true,
              translations: { select: { locale: true, name: true } },
            },
          },
        },
        orderBy: { slug: 'asc' },
      },
    },
    orderBy: [
      { startedOn: { sort: 'desc', nulls: 'last' } },
      { startedYear: 'desc' },
      { slug: 'asc' },
    ],
  });

  const mechanisms = new Map<
    string,
    ReturnType<typeof toMechanismRef> & {
      country: { slug: string; iso2: string; name: string };
      cooperations: number;
    }
  >();
  const cooperations = rows.map(({ translations, mechanisms: members, ...row }) => {
    const text = pickTranslation(translations, locale, row.originalLocale);
    for (const member of members) {
      const known = mechanisms.get(member.slug);
      if (known) {
        known.cooperations += 1;
        continue;
      }
      const countryName = pickTranslation(member.country.translations, locale, 'en');
      mechanisms.set(member.slug, {
        ...toMechanismRef(member, locale),
        country: {
          slug: member.country.slug,
          iso2: member.country.iso2,
          name: countryName?.name ?? member.country.iso2,
        },
        cooperations: 1,
      });
    }
    return {
      ...row,
      title: text?.title ?? row.slug,
      shownLocale: text?.shownLocale ?? row.originalLocale,
      mechanisms: members.map((m) => m.slug),
    };
  });

  const collator = new Intl.Collator(locale);
  return {
    cooperations,
    // Grouped by country, so the diagram's circle keeps each country's mechanisms together.
    mechanisms: [...mechanisms.values()].sort(
      (a, b) =>
        collator.compare(a.country.name, b.country.name) ||
        a.level.localeCompare(b.level) ||
        a.slug.localeCompare(b.slug),
    ),
  };
};
