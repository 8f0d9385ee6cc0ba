'use server';

import { getTranslations } from 'next-intl/server';

import { redirect } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { type FormState, type FormValues, readFormData } from '@/lib/forms/form-state';
import {
  PROPOSE_CORRECTION_SCHEMAS,
  type TCorrectionDoneKey,
  zAcceptCorrectionForm,
  ZCorrectionTargetSchema,
  ZReviewCorrectionSchema,
} from '@/lib/validation/corrections';
import { parseForm, runButtonAction, submitForm, toFailedState } from '@/server/actions/run-action';
import { getClientIp } from '@/server/auth/client-ip';
import { AppError } from '@/server/errors';
import { refuseFillTime } from '@/server/forms/refuse-fill-time';
import { screenPublicForm } from '@/server/forms/screen-public-form';
import { toLocale } from '@/server/i18n/to-locale';

import { acceptCorrection } from './accept-correction';
import { answerCorrectionSender, type SenderAnswer } from './answer-correction-sender';
import { getCorrection } from './get-correction';
import { proposeCorrection } from './propose-correction';
import { rejectCorrection } from './reject-correction';

const failed = (formError: string, values: FormValues): FormState => ({
  ok: false,
  fieldErrors: {},
  formError,
  values,
});

const formPath = (entityType: 'country' | 'mechanism', slug: string) =>
  `/${entityType === 'country' ? 'countries' : 'mechanisms'}/${slug}/correction`;

/**
 * A visitor's correction from a public page, with or without JavaScript (no account). Checked in
 * order: the fields (localized errors, what was typed kept), the honeypot (a filled one is told
 * "sent" and nothing is kept), the signed fill time, then the per-address and per-page limits.
 */
export const proposeCorrectionAction = async (
  rawLocale: string,
  rawEntityType: string,
  rawSlug: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale: AppLocale = toLocale(rawLocale);
  const { values } = readFormData(formData);
  const t = await getTranslations({ locale, namespace: 'Correction' });
  const target = ZCorrectionTargetSchema.safeParse({ entityType: rawEntityType, slug: rawSlug });
  if (!target.success) return toFailedState(new AppError('NOT_FOUND'), values, locale);
  const { entityType, slug } = target.data;
  const parsed = await parseForm(PROPOSE_CORRECTION_SCHEMAS[entityType], formData, locale);
  if (!parsed.ok) return parsed.state;
  const sent = { href: { pathname: formPath(entityType, slug), query: { sent: '1' } }, locale };
  const screen = screenPublicForm({ purpose: 'correction-form', values });
  if (screen === 'bot') return redirect(sent);
  if (screen !== 'ok') {
    return refuseFillTime({ purpose: 'correction-form', reason: screen, values, locale });
  }
  let result: Awaited<ReturnType<typeof proposeCorrection>>;
  try {
    result = await proposeCorrection({
      entityType,
      slug,
      data: parsed.data,
      locale,
      ipAddress: await getClientIp(),
    });
  } catch (error) {
    return toFailedState(error, values, locale);
  }
  if (!result.ok) return failed(t('form.rateLimited'), values);
  return redirect(sent);
};

const doneAfter = (decision: 'accepted' | 'rejected', answer: SenderAnswer): TCorrectionDoneKey => {
  if (answer === 'failed') return 'mailFailed';
  return answer === 'sent' ? `${decision}Notified` : decision;
};

/**
 * One form, two buttons (`decision=accept|reject`); accepting checks the value per field, and the
 * title of the source record the correction's address becomes when there is none yet.
 */
export const reviewCorrectionAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitForm({
    rawLocale,
    formData,
    permission: 'changes.review',
    schema: ZReviewCorrectionSchema,
    run: async ({ actor, data, locale }) => {
      const detail = `/admin/corrections/${id}`;
      if (data.decision === 'reject') {
        const answer = await rejectCorrection({ actor, id, note: data.note, notify: data.notify });
        const done = doneAfter('rejected', answer);
        return { pathname: done === 'mailFailed' ? detail : '/admin/corrections', done };
      }
      const correction = await getCorrection({ actor, id, locale });
      if (!correction) throw new AppError('NOT_FOUND', 'correction');
      if (correction.spec.kind !== 'other') {
        const schema = zAcceptCorrectionForm(correction.spec, {
          newSource: !correction.existingSource,
        });
        const checked = await parseForm(schema, formData, locale);
        if (!checked.ok) return checked.state;
      }
      const answer = await acceptCorrection({
        actor,
        id,
        value: data.value,
        note: data.note,
        notify: data.notify,
        entityVersion: data.entityVersion,
        source: { title: data.sourceTitle, publisher: data.sourcePublisher },
      });
      const done = doneAfter('accepted', answer);
      return { pathname: done === 'mailFailed' ? detail : '/admin/corrections', done };
    },
  });

/** After a failed mail: try again (`notify`), or forget the address without writing. */
export const answerCorrectionSenderAction = async (
  rawLocale: string,
  id: string,
  notify: boolean,
) =>
  runButtonAction({
    rawLocale,
    permission: 'changes.review',
    run: async (actor) => {
      const answer = await answerCorrectionSender({ actor, id, notify: notify === true });
      const done: TCorrectionDoneKey =
        answer === 'failed' ? 'mailFailed' : answer === 'sent' ? 'notified' : 'addressDeleted';
      return { pathname: `/admin/corrections/${id}`, done };
    },
  });
