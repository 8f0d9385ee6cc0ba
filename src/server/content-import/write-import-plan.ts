import 'server-only';

import type { Actor } from '@/server/auth/actor';
import type { AnyContentType } from '@/server/content/content-type';
import { createContent, publishContent, updateContent } from '@/server/content/lifecycle';
import { storeDocumentFile } from '@/server/documents/store-document-file';
import { isAppError } from '@/server/errors';

import type { RowError, RowPlan } from './check-import-row';
import type { ImportZip } from './read-import-zip';

export type WriteImportPlanOptions = {
  actor: Actor;
  type: AnyContentType;
  plan: RowPlan;
  zip: ImportZip | null;
};

/**
 * One checked row written through the content lifecycle, as an editor's save would be: its own
 * transaction and audit entries (create or update, then publish or unpublish). A row whose item
 * someone saved since the check is reported as a conflict and left as it is.
 */
export const writeImportPlan = async ({
  actor,
  type,
  plan,
  zip,
}: WriteImportPlanOptions): Promise<RowError | null> => {
  if (plan.outcome === 'unchanged') return null;
  const extra = plan.file
    ? {
        fileId: (
          await storeDocumentFile({
            bytes: await zip!.read(plan.file),
            filename: plan.file.fileName.slice(plan.file.fileName.lastIndexOf('/') + 1),
          })
        ).id,
      }
    : {};
  try {
    let id = plan.existing?.id;
    if (!id) id = (await createContent(type, { actor, data: plan.data, extra })).id;
    else if (plan.changed || plan.file)
      await updateContent(type, { actor, id, data: plan.data, extra });
    if (plan.status) {
      await publishContent(type, { actor, id, published: plan.status === 'PUBLISHED' });
    }
    return null;
  } catch (error) {
    if (!isAppError(error, 'CONFLICT')) throw error;
    return { line: plan.line, field: 'slug', reason: 'conflict', detail: plan.slug };
  }
};
