import {
  AdminContentListPage,
  type AdminContentListRouteProps,
} from '@/components/admin/admin-content-list-page';
import { recommendationType } from '@/server/recommendations/recommendation-type';

export default function AdminRecommendationListPage(props: AdminContentListRouteProps) {
  return (
    <AdminContentListPage
      {...props}
      type={recommendationType}
      namespace="AdminRecommendations"
      extra={(t) => ({ header: t('citation'), cell: (row) => row.citation })}
    />
  );
}
