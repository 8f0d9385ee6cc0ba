// Events of one fictitious country (its own slug and reserved ISO digits per test file) for the
// events feed and calendar tests. Far-future and far-past dates keep the split between upcoming
// and past events the same whenever the tests run; the shared database never mixes files' rows.
import type { Prisma } from '@/generated/prisma/client';
import { prisma } from '@/server/db';

import { uniqueTag } from './library-fixtures';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const seedEventFeedFixtures = async ({ iso }: { iso: string }) => {
  const tag = uniqueTag();
  const slug = (name: string) => `${tag}-${name}`;
  const country = await prisma.country.create({
    data: {
      slug: slug('quimeria'),
      iso2: iso,
      iso3: `0${iso}`,
      subregion: 'SOUTH_AMERICA',
      federal: false,
      opcatStatus: 'PARTY',
      status: 'PUBLISHED',
      // No English name: the English feed shows the Spanish one.
      translations: {
        create: [
          { locale: 'es', name: `Quimería ${tag}` },
          { locale: 'pt', name: `Quiméria ${tag}` },
        ],
      },
    },
  });
  const event = (
    name: string,
    data: Omit<Prisma.EventCreateInput, 'slug' | 'originalLocale' | 'country'>,
  ) =>
    prisma.event.create({
      data: {
        slug: slug(name),
        originalLocale: 'es',
        status: 'PUBLISHED',
        country: { connect: { id: country.id } },
        ...data,
      },
    });
  await event('conference', {
    kind: 'CONFERENCE',
    startsOn: day('2099-08-14'),
    endsOn: day('2099-08-16'),
    city: 'Ciudad Quimera',
    translations: {
      create: [
        { locale: 'es', title: 'Conferencia regional', summary: 'Resumen; en español.' },
        { locale: 'en', title: 'Regional conference', summary: 'Summary, in English.' },
      ],
    },
  });
  await event('workshop', {
    kind: 'WORKSHOP',
    startsOn: day('2099-03-01'),
    online: true,
    translations: { create: [{ locale: 'es', title: 'Taller <en línea>' }] },
  });
  await event('month', {
    kind: 'WEBINAR',
    startsOn: day('2099-05-01'),
    datePrecision: 'MONTH',
    translations: { create: [{ locale: 'es', title: 'Seminario web de mayo' }] },
  });
  await event('past', {
    kind: 'CONFERENCE',
    startsOn: day('2001-06-10'),
    endsOn: day('2001-06-12'),
    translations: { create: [{ locale: 'es', title: 'Conferencia de 2001' }] },
  });
  await event('draft', {
    kind: 'WORKSHOP',
    startsOn: day('2099-07-01'),
    status: 'DRAFT',
    translations: { create: [{ locale: 'es', title: 'Borrador' }] },
  });
  return {
    tag,
    slug,
    countrySlug: country.slug,
    countryName: { es: `Quimería ${tag}`, pt: `Quiméria ${tag}` },
    /** When each event last changed, by slug. */
    updatedAt: async () =>
      new Map(
        (
          await prisma.event.findMany({
            where: { slug: { startsWith: tag } },
            select: { slug: true, updatedAt: true },
          })
        ).map((row) => [row.slug, row.updatedAt]),
      ),
    cleanup: async () => {
      await prisma.event.deleteMany({ where: { slug: { startsWith: tag } } });
      await prisma.country.delete({ where: { id: country.id } });
    },
  };
};
