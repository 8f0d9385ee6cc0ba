import {
  AdminContentListPage,
  type AdminContentListRouteProps,
} from '@/components/admin/admin-content-list-page';
import { newsType } from '@/server/news/news-type';

export default function AdminNewsListPage(props: AdminContentListRouteProps) {
  return (
    <AdminContentListPage
      {...props}
      type={newsType}
      namespace="AdminNews"
      previewPath="/admin/preview/news"
    />
  );
}
