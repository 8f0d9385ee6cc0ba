import 'server-only';

import type { Prisma } from '@/generated/prisma/client';

/** Everything the back-office form edits; also the before/after of audit entries. */
export const countryEditSelect = {
  id: true,
  slug: true,
  iso2: true,
  iso3: true,
  subregion: true,
  federal: true,
  catRatifiedOn: true,
  opcatStatus: true,
  opcatSignedOn: true,
  opcatRatifiedOn: true,
  npmPostponedTo: true,
  sources: true,
  status: true,
  version: true,
  updatedAt: true,
  translations: { select: { locale: true, name: true, notes: true } },
} satisfies Prisma.CountrySelect;

export type CountryForEdit = Prisma.CountryGetPayload<{ select: typeof countryEditSelect }>;
