import 'server-only';

import { prisma } from '@/server/db';

export type ContentKind = 'document' | 'event' | 'news' | 'mechanism' | 'country';

export type GetContentRefOptions = { kind: ContentKind; slug: string };

const select = { id: true, status: true } as const;

/** Id and publication state by slug, for the preview banner's status and "back to editing" link. */
export const getContentRef = ({ kind, slug }: GetContentRefOptions) => {
  if (kind === 'document') return prisma.document.findUnique({ where: { slug }, select });
  if (kind === 'event') return prisma.event.findUnique({ where: { slug }, select });
  if (kind === 'news') return prisma.news.findUnique({ where: { slug }, select });
  if (kind === 'mechanism') return prisma.mechanism.findUnique({ where: { slug }, select });
  return prisma.country.findUnique({ where: { slug }, select });
};
