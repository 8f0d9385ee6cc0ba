import 'server-only';

import type { Prisma } from '@/generated/prisma/client';

/** Everything the back-office form edits; also the before/after of audit entries. */
export const mechanismEditSelect = {
  id: true,
  slug: true,
  countryId: true,
  level: true,
  parentId: true,
  jurisdiction: true,
  acronym: true,
  model: true,
  operationalStatus: true,
  originalLocale: true,
  legalBasisDate: true,
  designatedYear: true,
  designatedOn: true,
  website: true,
  email: true,
  phone: true,
  address: true,
  sources: true,
  status: true,
  version: true,
  updatedAt: true,
  translations: { select: { locale: true, name: true, legalBasis: true, notes: true } },
} satisfies Prisma.MechanismSelect;

export type MechanismForEdit = Prisma.MechanismGetPayload<{ select: typeof mechanismEditSelect }>;
