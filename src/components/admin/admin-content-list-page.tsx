import type { Locale, Messages } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { ZAdminListQuerySchema, ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageUser } from '@/server/auth/require-page-user';
import type { AdminListRow } from '@/server/content/admin-list-row';
import type { AdminColumns, AnyContentType } from '@/server/content/content-type';
import { findAdminContent } from '@/server/content/find-admin-content';

import { AdminListPage } from './admin-list-page';
import type { AdminListTableProps } from './admin-list-table';

/** What Next.js passes a back-office list page. */
export type AdminContentListRouteProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Message namespaces with a list's `heading` and its "new" link label. */
type ListNamespace = {
  [K in keyof Messages]: Messages[K] extends { heading: string; new: string } ? K : never;
}[keyof Messages];

type ListTranslator<N extends ListNamespace> = Awaited<ReturnType<typeof getTranslations<N>>>;

type ExtraColumn<T extends AnyContentType> = NonNullable<
  AdminListTableProps<AdminListRow & AdminColumns<T>>['extra']
>;

export type AdminContentListPageProps<
  T extends AnyContentType,
  N extends ListNamespace,
> = AdminContentListRouteProps & {
  type: T;
  /** Where the heading and the "new" label come from (`AdminDocuments`). */
  namespace: N;
  /** `/admin/preview/documents`; types without a public page have none. */
  previewPath?: string;
  /** A column of the type's own (`adminList.toColumns`), labelled from the list's namespace. */
  extra?: (t: ListTranslator<N>) => ExtraColumn<T> | Promise<ExtraColumn<T>>;
};

/**
 * The back-office list of a content type, as its route renders it: guard (the type's edit
 * permission), filter query, rows, then the list. Types without drafts (themes) get no status
 * filter.
 */
export const AdminContentListPage = async <T extends AnyContentType, N extends ListNamespace>({
  params,
  searchParams,
  type,
  namespace,
  previewPath,
  extra,
}: AdminContentListPageProps<T, N>) => {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, type.permissions.edit);
  const raw = await searchParams;
  const query = ZAdminListQuerySchema.parse(raw);
  const { done } = ZDoneQuerySchema.parse(raw);
  const [rows, t] = await Promise.all([
    findAdminContent(type, { locale, ...query }),
    // Widened from `N`: tsc sees `heading` and `new` in every list namespace, not through `N`.
    getTranslations<ListNamespace>(namespace),
  ]);
  return (
    <AdminListPage
      heading={t('heading')}
      newLabel={t('new')}
      query={query}
      done={done}
      rows={rows}
      basePath={type.list}
      previewPath={previewPath}
      withStatus={type.permissions.publish !== null}
      extra={extra && (await extra(await getTranslations(namespace)))}
    />
  );
};
