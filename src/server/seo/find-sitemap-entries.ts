import 'server-only';

import { prisma } from '@/server/db';

export type SitemapEntry = { path: string; lastModified?: Date };

const STATIC_PATHS = [
  '/',
  '/countries',
  '/mechanisms',
  '/documents',
  '/events',
  '/news',
  '/network',
  '/about',
  '/contact',
  '/data',
  '/data/api',
];

/** Every public page, as a path without the locale prefix. */
export const findSitemapEntries = async (): Promise<SitemapEntry[]> => {
  const published = { where: { status: 'PUBLISHED' as const } };
  const select = { select: { slug: true, updatedAt: true } };
  const [countries, mechanisms, documents, events, news] = await Promise.all([
    prisma.country.findMany({ ...published, ...select }),
    prisma.mechanism.findMany({ ...published, ...select }),
    prisma.document.findMany({ ...published, ...select }),
    prisma.event.findMany({ ...published, ...select }),
    prisma.news.findMany({ ...published, ...select }),
  ]);
  const under = (prefix: string, rows: { slug: string; updatedAt: Date }[]) =>
    rows.map((row) => ({ path: `${prefix}/${row.slug}`, lastModified: row.updatedAt }));
  return [
    ...STATIC_PATHS.map((path) => ({ path })),
    ...under('/countries', countries),
    ...under('/mechanisms', mechanisms),
    ...under('/documents', documents),
    ...under('/events', events),
    ...under('/news', news),
  ];
};
