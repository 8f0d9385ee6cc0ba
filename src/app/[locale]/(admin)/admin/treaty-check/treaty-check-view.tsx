import { getTranslations } from 'next-intl/server';

import { ActionButton } from '@/components/admin/action-button';
import { AdminForm } from '@/components/admin/admin-form';
import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FileField } from '@/components/admin/file-field';
import { FlashMessage } from '@/components/admin/flash-message';
import type { FormState } from '@/lib/forms/form-state';
import type { TreatyCheckRunItem } from '@/server/treaty-check/find-treaty-check-runs';

import { TreatyCheckHistory } from './treaty-check-history';
import { TreatyCheckRunDetails } from './treaty-check-run-details';

export type TreatyCheckViewProps = {
  runs: TreatyCheckRunItem[];
  /** TREATY_CHECK_CRON, or null when the scheduled check is off. */
  schedule: string | null;
  timeZone: string;
  done?: 'checked' | 'checkFailed';
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Runs the check on the pages fetched from UNTC. */
  fetchAction: () => Promise<void>;
};

/** The treaty-status check: its schedule, a run on uploaded pages, the last result and history. */
export const TreatyCheckView = async ({
  runs,
  schedule,
  timeZone,
  done,
  action,
  fetchAction,
}: TreatyCheckViewProps) => {
  const t = await getTranslations('AdminTreatyCheck');
  const labels = { cat: t('form.cat'), opcat: t('form.opcat') };
  const [last, ...earlier] = runs;
  return (
    <div className="space-y-8">
      <AdminPageHeader title={t('heading')}>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
      </AdminPageHeader>
      <FlashMessage message={done && t(`done.${done}`)} />

      <section aria-labelledby="treaty-schedule" className="space-y-2">
        <h2 id="treaty-schedule" className="text-2xl font-semibold">
          {t('schedule.heading')}
        </h2>
        <p data-schedule={schedule ? 'on' : 'off'}>
          {schedule
            ? t.rich('schedule.on', { cron: schedule, timeZone, code: (c) => <code>{c}</code> })
            : t.rich('schedule.off', { code: (c) => <code>{c}</code> })}
        </p>
      </section>

      <section aria-labelledby="treaty-run" className="space-y-3">
        <h2 id="treaty-run" className="text-2xl font-semibold">
          {t('form.heading')}
        </h2>
        <p className="max-w-3xl text-slate-700">{t('form.hint')}</p>
        <AdminForm
          action={action}
          initialValues={{}}
          fieldLabels={labels}
          multipart
          text={{ submit: t('form.submit'), pending: t('form.pending') }}
        >
          <div className="grid gap-4 md:grid-cols-2">
            <FileField name="cat" label={labels.cat} accept=".html,.htm,text/html" />
            <FileField name="opcat" label={labels.opcat} accept=".html,.htm,text/html" />
          </div>
        </AdminForm>
      </section>

      <section aria-labelledby="treaty-fetch" className="space-y-3">
        <h2 id="treaty-fetch" className="text-2xl font-semibold">
          {t('fromUntc.heading')}
        </h2>
        <p className="max-w-3xl text-slate-700">{t('fromUntc.hint')}</p>
        <ActionButton action={fetchAction} label={t('fromUntc.submit')} />
      </section>

      <section aria-labelledby="treaty-last" className="space-y-3">
        <h2 id="treaty-last" className="text-2xl font-semibold">
          {t('last.heading')}
        </h2>
        {last ? <TreatyCheckRunDetails run={last} /> : <p>{t('last.never')}</p>}
      </section>

      {earlier.length > 0 && <TreatyCheckHistory runs={earlier} />}
    </div>
  );
};
