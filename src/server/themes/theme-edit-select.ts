import 'server-only';

import type { Prisma } from '@/generated/prisma/client';

export const themeEditSelect = {
  id: true,
  slug: true,
  translations: { select: { locale: true, label: true } },
} satisfies Prisma.ThemeSelect;

export type ThemeForEdit = Prisma.ThemeGetPayload<{ select: typeof themeEditSelect }>;
