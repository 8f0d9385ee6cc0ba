'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';

import type { ImportState } from '@/lib/forms/import-state';
import { ZContentImportSchema } from '@/lib/validation/content-import';
import { isFormErrorKey } from '@/lib/validation/form-fields';
import { guardActor } from '@/server/auth/require-actor';
import { uploadedFile } from '@/server/csv-import/uploaded-file';
import { toLocale } from '@/server/i18n/to-locale';

import { importContent } from './import-content';

/** Check (`mode=dryRun`) or import (`mode=commit`) an uploaded CSV of documents, events or mechanisms. */
export const importContentAction = async (
  rawLocale: string,
  _state: ImportState,
  formData: FormData,
): Promise<ImportState> => {
  const locale = toLocale(rawLocale);
  const actor = await guardActor('content.edit', locale);
  const [t, tForm] = await Promise.all([
    getTranslations({ locale, namespace: 'ContentImport' }),
    getTranslations({ locale, namespace: 'AdminForm' }),
  ]);
  const input = ZContentImportSchema.safeParse({
    type: formData.get('type'),
    mode: formData.get('mode'),
    publish: formData.get('publish'),
  });
  const file = uploadedFile(formData.get('file'));
  if (!input.success || !file) return { summary: t('noFile'), errors: [], committed: false };
  const zip = uploadedFile(formData.get('zip'));
  const report = await importContent({
    actor,
    type: input.data.type,
    open: () => file.stream(),
    zip: zip && new Uint8Array(await zip.arrayBuffer()),
    commit: input.data.mode === 'commit',
    publish: input.data.publish,
  });
  // Public pages list these items; the page cache follows its tables on its own.
  if (report.committed) revalidatePath('/', 'layout');
  const outcome = report.committed
    ? t('imported', report)
    : report.errors.length > 0
      ? input.data.mode === 'commit'
        ? t('nothingImported')
        : ''
      : t('wouldImport', report);
  const summary = [
    t('checked', {
      rows: report.rows,
      invalid: new Set(report.errors.map((error) => error.line)).size,
    }),
    outcome,
    report.waiting > 0 ? t('waiting', report) : '',
  ];
  return {
    summary: summary.filter(Boolean).join(' '),
    errors: report.errors.map(({ line, field, reason, detail }) => ({
      line,
      field,
      reason: isFormErrorKey(reason) ? tForm(`errors.${reason}`) : t('reasons', { reason, detail }),
    })),
    committed: report.committed,
  };
};
