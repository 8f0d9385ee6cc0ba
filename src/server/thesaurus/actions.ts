'use server';

import type { FormState } from '@/lib/forms/form-state';
import { ZUpdateThesaurusConceptSchema } from '@/lib/validation/thesaurus';
import { submitForm } from '@/server/actions/run-action';

import { updateThesaurusConcept } from './update-thesaurus-concept';

/** Saves a concept's terms; back to the thesaurus. */
export const updateThesaurusConceptAction = async (
  rawLocale: string,
  id: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitForm({
    rawLocale,
    formData,
    permission: 'thesaurus.edit',
    schema: ZUpdateThesaurusConceptSchema,
    run: async ({ actor, data }) => {
      await updateThesaurusConcept({ actor, id, data });
      return { pathname: '/admin/thesaurus', done: 'saved' };
    },
  });
