import {
  AdminContentListPage,
  type AdminContentListRouteProps,
} from '@/components/admin/admin-content-list-page';
import { mechanismType } from '@/server/mechanisms/mechanism-type';

export default function AdminMechanismListPage(props: AdminContentListRouteProps) {
  return (
    <AdminContentListPage
      {...props}
      type={mechanismType}
      namespace="AdminMechanisms"
      previewPath="/admin/preview/mechanisms"
      extra={(t) => ({ header: t('countryColumn'), cell: (row) => row.countryName })}
    />
  );
}
