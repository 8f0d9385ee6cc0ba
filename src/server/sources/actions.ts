'use server';

import type { CitedEntityType, Fact } from '@/lib/facts';
import type { FormState } from '@/lib/forms/form-state';
import { ZFactCitationSchema, ZSourceSchema } from '@/lib/validation/sources';
import { submitForm } from '@/server/actions/run-action';

import { CITATION_PERMISSION } from './citation-permission';
import { saveSource } from './save-source';
import { updateFactCitation } from './update-fact-citation';

/** Creates a source (no id) or saves one; back to the list of sources. */
export const saveSourceAction = async (
  rawLocale: string,
  id: string | null,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitForm({
    rawLocale,
    formData,
    permission: 'content.edit',
    schema: ZSourceSchema,
    run: async ({ actor, data }) => {
      await saveSource({ actor, id: id ?? undefined, data });
      return { pathname: '/admin/sources', done: id ? 'saved' : 'created' };
    },
  });

/** One fact's sources and verification date; back to the entity's facts. */
export const updateFactCitationAction = async (
  rawLocale: string,
  entityType: CitedEntityType,
  entityId: string,
  fact: Fact,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitForm({
    rawLocale,
    formData,
    permission: CITATION_PERMISSION[entityType],
    schema: ZFactCitationSchema,
    run: async ({ actor, data }) => {
      await updateFactCitation({
        actor,
        entityType,
        entityId,
        fact,
        sourceIds: data.sourceIds,
        verifiedOn: data.verifiedOn,
      });
      return { pathname: `/admin/sources/facts/${entityType}/${entityId}`, done: 'saved' };
    },
  });
