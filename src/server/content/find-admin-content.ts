import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { TAdminListQuerySchema } from '@/lib/validation/admin-list';
import { prisma } from '@/server/db';

import { type AdminListRow, toAdminListRow } from './admin-list-row';
import type { AdminColumns, AnyContentType, ContentForEdit } from './content-type';

type ListDelegate = {
  findMany(args: object): Promise<Parameters<typeof toAdminListRow>[0][]>;
  findUnique(args: object): Promise<unknown>;
};

// Prisma types each delegate separately; these reads only use what they share.
const delegateOf = (type: AnyContentType) => prisma[type.model] as unknown as ListDelegate;

export type FindAdminContentOptions = TAdminListQuerySchema & { locale: AppLocale };

/** The back-office list of a type: drafts included, labelled in the editor's language. */
export const findAdminContent = async <T extends AnyContentType>(
  type: T,
  { locale, lacks, status }: FindAdminContentOptions,
): Promise<(AdminListRow & AdminColumns<T>)[]> => {
  const { orderBy, select = {}, toColumns } = type.adminList;
  const label = type.labelField;
  const rows = await delegateOf(type).findMany({
    where: {
      ...(type.permissions.publish && { status }),
      ...(lacks &&
        (type.adminList.lacks?.(lacks) ?? { translations: { none: { locale: lacks } } })),
    },
    select: {
      ...select,
      id: true,
      slug: true,
      ...(type.permissions.publish && { status: true, updatedAt: true }),
      ...('originalLocale' in type.editSelect && { originalLocale: true }),
      translations: { select: { locale: true, [label]: true } },
    },
    orderBy,
    take: 1000,
  });
  return rows.map((row) => ({
    ...toAdminListRow(row, locale, label, type.adminList.officialLabel),
    ...(toColumns?.(row, locale) as Record<string, unknown> | undefined),
  })) as (AdminListRow & AdminColumns<T>)[];
};

/** An item as its edit form shows it (drafts included: only for the back office). */
export const findContentForEdit = async <T extends AnyContentType>(type: T, id: string) =>
  (await delegateOf(type).findUnique({
    where: { id },
    select: type.editSelect,
  })) as ContentForEdit<T> | null;
