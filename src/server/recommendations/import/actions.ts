'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';

import type { ImportState } from '@/lib/forms/import-state';
import { ZImportRecommendationsSchema } from '@/lib/validation/recommendation-import';
import { guardActor } from '@/server/auth/require-actor';
import { uploadedFile } from '@/server/csv-import/uploaded-file';
import { toLocale } from '@/server/i18n/to-locale';

import { importRecommendations } from './import-recommendations';

/** Check (`mode=dryRun`) or import (`mode=commit`) an uploaded CSV of recommendations. */
export const importRecommendationsAction = async (
  rawLocale: string,
  _state: ImportState,
  formData: FormData,
): Promise<ImportState> => {
  const locale = toLocale(rawLocale);
  const actor = await guardActor('content.edit', locale);
  const t = await getTranslations({ locale, namespace: 'RecommendationImport' });
  const { mode, publish } = ZImportRecommendationsSchema.parse({
    mode: formData.get('mode'),
    publish: formData.get('publish'),
  });
  const file = uploadedFile(formData.get('file'));
  if (!file) return { summary: t('noFile'), errors: [], committed: false };
  const report = await importRecommendations({
    actor,
    open: () => file.stream(),
    commit: mode === 'commit',
    publish,
  });
  if (report.committed) revalidatePath('/', 'layout');
  const checked = t('checked', { rows: report.rows, invalid: report.errors.length });
  const outcome = report.committed
    ? t('imported', report)
    : mode === 'commit'
      ? t('nothingImported')
      : t('columns', { columns: report.columns.join(', ') });
  return {
    summary: `${checked} ${outcome}`,
    errors: report.errors.map(({ line, reason, detail }) => ({
      line,
      reason: t('reasons', { reason, detail }),
    })),
    committed: report.committed,
  };
};
