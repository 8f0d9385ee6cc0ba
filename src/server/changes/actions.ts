'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';

import { redirect } from '@/i18n/navigation';
import { type FormState, nestValues } from '@/lib/forms/form-state';
import {
  CHANGE_PAYLOAD_SCHEMAS,
  type TChangeEntityType,
  ZReviewChangeSchema,
} from '@/lib/validation/change-form';
import { zVersion } from '@/lib/validation/form-fields';
import { parseForm, toFailedState, toLocale } from '@/server/content/form-action';
import { guardActor } from '@/server/content/guard-actor';
import { storeUpload } from '@/server/content/store-upload';

import { approveChange } from './approve-change';
import { proposeChange } from './propose-change';
import { rejectChange } from './reject-change';

/** A focal point's proposal for their own mechanism; nothing is applied until an editor approves. */
export const proposeChangeAction = async (
  rawLocale: string,
  entityType: TChangeEntityType,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const actor = await guardActor('mechanism.propose', locale);
  const parsed = await parseForm(CHANGE_PAYLOAD_SCHEMAS[entityType], formData, locale);
  if (!parsed.ok) return parsed.state;
  try {
    if (!actor.mechanismId) {
      const t = await getTranslations({ locale, namespace: 'AdminChanges' });
      return { ok: false, fieldErrors: {}, formError: t('noMechanism'), values: parsed.values };
    }
    const fileId = entityType === 'document' ? await storeUpload(parsed.files.file) : undefined;
    await proposeChange({
      actor,
      entityType,
      mechanismId: actor.mechanismId,
      values: nestValues(parsed.values),
      fileId,
    });
  } catch (error) {
    return toFailedState(error, parsed.values, locale);
  }
  revalidatePath('/', 'layout');
  return redirect({ href: { pathname: '/admin/proposals', query: { done: 'sent' } }, locale });
};

/** One form, two buttons: `decision=approve` or `decision=reject` comes from the button pressed. */
export const reviewChangeAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> => {
  const locale = toLocale(rawLocale);
  const actor = await guardActor('changes.review', locale);
  const decision = formData.get('decision') === 'approve' ? 'approve' : 'reject';
  const parsed = await parseForm(ZReviewChangeSchema, formData, locale);
  if (!parsed.ok) return parsed.state;
  const version = zVersion().safeParse(parsed.values.entityVersion);
  try {
    if (decision === 'approve') {
      await approveChange({
        actor,
        id,
        note: parsed.data.note,
        entityVersion: version.success ? version.data : undefined,
      });
    } else {
      await rejectChange({ actor, id, note: parsed.data.note });
    }
  } catch (error) {
    return toFailedState(error, parsed.values, locale);
  }
  revalidatePath('/', 'layout');
  const done = decision === 'approve' ? 'approved' : 'rejected';
  return redirect({ href: { pathname: '/admin/changes', query: { done } }, locale });
};
