import type { FormState } from '@/lib/forms/form-state';

/**
 * What a form's server action did: the state it returned (the form shown again), or where it sent
 * the browser (Next.js's redirect is an error whose digest carries the path).
 */
export const actionOutcome = async (
  action: Promise<FormState>,
): Promise<{ state?: FormState; redirect?: string }> =>
  action.then(
    (state) => ({ state }),
    (thrown: { digest?: string }) => {
      const path = thrown.digest?.split(';')[2];
      if (!path) throw thrown;
      return { redirect: path };
    },
  );
