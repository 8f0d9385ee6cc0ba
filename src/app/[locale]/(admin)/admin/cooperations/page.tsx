import {
  AdminContentListPage,
  type AdminContentListRouteProps,
} from '@/components/admin/admin-content-list-page';
import { cooperationType } from '@/server/cooperations/cooperation-type';

export default function AdminCooperationListPage(props: AdminContentListRouteProps) {
  return <AdminContentListPage {...props} type={cooperationType} namespace="AdminCooperations" />;
}
