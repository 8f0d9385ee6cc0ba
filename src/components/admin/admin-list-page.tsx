import { getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';
import type { DONE_KEYS, TAdminListQuerySchema } from '@/lib/validation/admin-list';
import type { AdminListRow } from '@/server/content/admin-list-row';

import { AdminListFilter } from './admin-list-filter';
import { AdminListTable, type AdminListTableProps } from './admin-list-table';
import { AdminPageHeader } from './admin-page-header';
import { FlashMessage } from './flash-message';

export type AdminListPageProps<R extends AdminListRow> = Omit<AdminListTableProps<R>, 'caption'> & {
  heading: string;
  /** Label of the "new" link, which goes to `<basePath>/new`. */
  newLabel: string;
  query: TAdminListQuerySchema;
  /** `?done=…` after a redirect: which confirmation to show. */
  done?: (typeof DONE_KEYS)[number];
  /** Lists without a draft/published status hide that filter. */
  withStatus?: boolean;
};

/** A back-office list: heading with a "new" link, the outcome of the last step, filter and table. */
export const AdminListPage = async <R extends AdminListRow>({
  heading,
  newLabel,
  query,
  done,
  withStatus,
  ...table
}: AdminListPageProps<R>) => {
  const tForm = await getTranslations('AdminForm');
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={heading}
        actions={
          <Link
            href={`${table.basePath}/new`}
            className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white"
          >
            {newLabel}
          </Link>
        }
      />
      <FlashMessage message={done && tForm(done)} />
      <AdminListFilter query={query} withStatus={withStatus} />
      <AdminListTable caption={heading} {...table} />
    </div>
  );
};
