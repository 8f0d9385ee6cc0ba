import {
  AdminContentListPage,
  type AdminContentListRouteProps,
} from '@/components/admin/admin-content-list-page';
import { eventType } from '@/server/events/event-type';

export default function AdminEventListPage(props: AdminContentListRouteProps) {
  return (
    <AdminContentListPage
      {...props}
      type={eventType}
      namespace="AdminEvents"
      previewPath="/admin/preview/events"
    />
  );
}
