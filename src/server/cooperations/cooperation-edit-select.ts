import 'server-only';

import type { Prisma } from '@/generated/prisma/client';

/** Everything the back-office form edits; also the before/after of audit entries. */
export const cooperationEditSelect = {
  id: true,
  slug: true,
  kind: true,
  originalLocale: true,
  startedOn: true,
  startedYear: true,
  sources: true,
  status: true,
  version: true,
  updatedAt: true,
  translations: { select: { locale: true, title: true, summary: true } },
  mechanisms: { select: { id: true } },
  documents: { select: { id: true } },
} satisfies Prisma.CooperationSelect;

export type CooperationForEdit = Prisma.CooperationGetPayload<{
  select: typeof cooperationEditSelect;
}>;
