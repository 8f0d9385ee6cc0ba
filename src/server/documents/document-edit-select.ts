import 'server-only';

import type { Prisma } from '@/generated/prisma/client';

/** Everything the back-office form edits; also the before/after of audit entries. */
export const documentEditSelect = {
  id: true,
  slug: true,
  type: true,
  originalLocale: true,
  publishedOn: true,
  externalUrl: true,
  fileId: true,
  file: { select: { filename: true, contentType: true, size: true } },
  sources: true,
  status: true,
  version: true,
  updatedAt: true,
  translations: { select: { locale: true, title: true, summary: true } },
  themes: { select: { id: true } },
  countries: { select: { id: true } },
  mechanisms: { select: { id: true } },
} satisfies Prisma.DocumentSelect;

export type DocumentForEdit = Prisma.DocumentGetPayload<{ select: typeof documentEditSelect }>;
