import { getTranslations } from 'next-intl/server';

import type { TAdminListQuerySchema } from '@/lib/validation/admin-list';
import { FORM_LOCALES } from '@/lib/validation/form-fields';

export type AdminListFilterProps = { query: TAdminListQuerySchema; withStatus?: boolean };

/** A GET form: filtering works without JavaScript and the URL can be shared. */
export const AdminListFilter = async ({ query, withStatus = true }: AdminListFilterProps) => {
  const t = await getTranslations('AdminForm');
  return (
    <form method="get" className="flex flex-wrap items-end gap-4 rounded bg-slate-50 p-3">
      <fieldset className="contents">
        <legend className="sr-only">{t('filterLegend')}</legend>
        <div>
          <label htmlFor="filter-lacks" className="block text-sm font-semibold">
            {t('lacksLabel')}
          </label>
          <select
            id="filter-lacks"
            name="lacks"
            defaultValue={query.lacks ?? ''}
            className="rounded border border-slate-400 px-2 py-1"
          >
            <option value="">{t('anyLanguage')}</option>
            {FORM_LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {t('languageName', { locale })}
              </option>
            ))}
          </select>
        </div>
        {withStatus && (
          <div>
            <label htmlFor="filter-status" className="block text-sm font-semibold">
              {t('statusLabel')}
            </label>
            <select
              id="filter-status"
              name="status"
              defaultValue={query.status ?? ''}
              className="rounded border border-slate-400 px-2 py-1"
            >
              <option value="">{t('anyStatus')}</option>
              {(['DRAFT', 'PUBLISHED'] as const).map((status) => (
                <option key={status} value={status}>
                  {t('status', { status })}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white">
          {t('applyFilter')}
        </button>
      </fieldset>
    </form>
  );
};
