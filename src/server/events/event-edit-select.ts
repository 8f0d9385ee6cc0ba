import 'server-only';

import type { Prisma } from '@/generated/prisma/client';

/** Everything the back-office form edits; also the before/after of audit entries. */
export const eventEditSelect = {
  id: true,
  slug: true,
  kind: true,
  originalLocale: true,
  startsOn: true,
  endsOn: true,
  datePrecision: true,
  city: true,
  countryId: true,
  online: true,
  sources: true,
  status: true,
  version: true,
  updatedAt: true,
  translations: { select: { locale: true, title: true, summary: true, organisers: true } },
  mechanisms: { select: { id: true } },
  documents: { select: { id: true } },
} satisfies Prisma.EventSelect;

export type EventForEdit = Prisma.EventGetPayload<{ select: typeof eventEditSelect }>;
