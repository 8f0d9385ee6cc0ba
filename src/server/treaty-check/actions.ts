'use server';

import type { FormState } from '@/lib/forms/form-state';
import { ZTreatyCheckSchema } from '@/lib/validation/treaty-check';
import { submitForm } from '@/server/actions/run-action';

import { runTreatyCheck } from './run-treaty-check';

/** Runs the check on the pages an editor uploaded; back to the page, which shows the outcome. */
export const runTreatyCheckAction = async (
  rawLocale: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> =>
  submitForm({
    rawLocale,
    formData,
    permission: 'changes.review',
    schema: ZTreatyCheckSchema,
    run: async ({ data }) => {
      const files = [data.cat, data.opcat].filter((file): file is File => !!file);
      const result = await runTreatyCheck({
        trigger: 'EDITOR',
        load: () =>
          Promise.all(files.map(async (file) => ({ from: file.name, html: await file.text() }))),
      });
      return { pathname: '/admin/treaty-check', done: result.error ? 'checkFailed' : 'checked' };
    },
  });
