import {
  AdminContentListPage,
  type AdminContentListRouteProps,
} from '@/components/admin/admin-content-list-page';
import { themeType } from '@/server/themes/theme-type';

export default function AdminThemeListPage(props: AdminContentListRouteProps) {
  return (
    <AdminContentListPage
      {...props}
      type={themeType}
      namespace="AdminThemes"
      extra={(t) => ({
        header: t('columnDocuments'),
        cell: (row) => t('documentCount', { count: row.documentCount }),
      })}
    />
  );
}
