'use server';

import { getTranslations } from 'next-intl/server';

import { type FormState, nestValues } from '@/lib/forms/form-state';
import {
  CHANGE_PAYLOAD_SCHEMAS,
  type TChangeEntityType,
  ZReviewChangeSchema,
} from '@/lib/validation/changes';
import { zVersion } from '@/lib/validation/form-fields';
import { submitForm } from '@/server/actions/run-action';
import {
  ALLOWED_IMAGE_FILE_TYPES,
  storeUploadedFile,
} from '@/server/documents/store-document-file';

import { approveChange } from './approve-change';
import { proposeChange } from './propose-change';
import { rejectChange } from './reject-change';

/** A proposed document's file, follow-up's evidence or news item's image (only PNG, JPEG or WebP); nothing else. */
const storeProposedFile = (entityType: TChangeEntityType, file: File | undefined) => {
  if (entityType === 'document' || entityType === 'followUp') return storeUploadedFile(file);
  if (entityType === 'news') return storeUploadedFile(file, ALLOWED_IMAGE_FILE_TYPES);
  return undefined;
};

/** A focal point's proposal for their own mechanism; nothing is applied until an editor approves. */
export const proposeChangeAction = async (
  rawLocale: string,
  entityType: TChangeEntityType,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitForm({
    rawLocale,
    formData,
    permission: 'mechanism.propose',
    schema: CHANGE_PAYLOAD_SCHEMAS[entityType],
    run: async ({ actor, files, values, locale }) => {
      if (!actor.mechanismId) {
        const t = await getTranslations({ locale, namespace: 'AdminChanges' });
        return { ok: false, fieldErrors: {}, formError: t('noMechanism'), values };
      }
      const fileId = await storeProposedFile(entityType, files.file);
      await proposeChange({
        actor,
        entityType,
        mechanismId: actor.mechanismId,
        values: nestValues(values),
        fileId,
      });
      return {
        pathname: entityType === 'followUp' ? '/admin/my-recommendations' : '/admin/proposals',
        done: 'sent',
      };
    },
  });

/** One form, two buttons: `decision=approve` or `decision=reject` comes from the button pressed. */
export const reviewChangeAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitForm({
    rawLocale,
    formData,
    permission: 'changes.review',
    schema: ZReviewChangeSchema,
    run: async ({ actor, data, values }) => {
      if (formData.get('decision') !== 'approve') {
        await rejectChange({ actor, id, note: data.note });
        return { pathname: '/admin/changes', done: 'rejected' };
      }
      const version = zVersion().safeParse(values.entityVersion);
      await approveChange({
        actor,
        id,
        note: data.note,
        entityVersion: version.success ? version.data : undefined,
      });
      return { pathname: '/admin/changes', done: 'approved' };
    },
  });
