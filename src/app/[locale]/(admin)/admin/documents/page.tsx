import {
  AdminContentListPage,
  type AdminContentListRouteProps,
} from '@/components/admin/admin-content-list-page';
import { documentType } from '@/server/documents/document-type';

export default function AdminDocumentsPage(props: AdminContentListRouteProps) {
  return (
    <AdminContentListPage
      {...props}
      type={documentType}
      namespace="AdminDocuments"
      previewPath="/admin/preview/documents"
    />
  );
}
