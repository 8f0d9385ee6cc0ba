'use server';

import type { FormState } from '@/lib/forms/form-state';
import { ZTreatyCheckSchema } from '@/lib/validation/treaty-check';
import { runButtonAction, submitForm } from '@/server/actions/run-action';

import { readUntcInput } from './read-untc-input';
import { runTreatyCheck } from './run-treaty-check';
import { UNTC_PAGES } from './untc-page';

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

/** Runs the check on the two pages fetched from UNTC now (timeout and size limit apply). */
export const runTreatyCheckFromUntcAction = async (rawLocale: string) =>
  runButtonAction({
    rawLocale,
    permission: 'changes.review',
    run: async () => {
      const result = await runTreatyCheck({
        trigger: 'EDITOR',
        load: () =>
          Promise.all([UNTC_PAGES.CAT.url, UNTC_PAGES.OPCAT.url].map((url) => readUntcInput(url))),
      });
      return { pathname: '/admin/treaty-check', done: result.error ? 'checkFailed' : 'checked' };
    },
  });
