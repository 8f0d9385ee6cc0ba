import 'server-only';

import { prisma } from '@/server/db';

/** Every source by title, with how many facts cite it (the back office's list and pick lists). */
export const findSources = async () => {
  const rows = await prisma.source.findMany({
    select: {
      id: true,
      key: true,
      title: true,
      publisher: true,
      url: true,
      lang: true,
      accessedOn: true,
      _count: { select: { citations: true } },
    },
  });
  const collator = new Intl.Collator('es');
  return rows
    .map(({ _count, ...row }) => ({ ...row, citations: _count.citations }))
    .sort((a, b) => collator.compare(a.title, b.title));
};

export type SourceListItem = Awaited<ReturnType<typeof findSources>>[number];
