'use client';

import {
  type FormEvent,
  type ReactNode,
  startTransition,
  useActionState,
  useEffect,
  useRef,
} from 'react';

import { FormContext } from '@/components/admin/form-context';
import { SubmitButton } from '@/components/admin/submit-button';
import type { FormState, FormValues } from '@/lib/forms/form-state';

export type AuthFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  pendingLabel: string;
  /** `danger` for a button that deletes. */
  submitTone?: 'primary' | 'danger';
  initialValues?: FormValues;
  /** Shown above the form on first render (e.g. "You have signed out"). */
  notice?: string | null;
  children: ReactNode;
};

/**
 * A short public form on a server action (sign-in, passwords, subscriptions). Without JavaScript
 * the browser posts it and the server re-renders the page with the result (passwords are never
 * sent back). With JavaScript the form is submitted without React's automatic reset, so what was
 * typed stays after an error; it is cleared after a success.
 */
export const AuthForm = ({
  action,
  submitLabel,
  pendingLabel,
  submitTone,
  initialValues = {},
  notice,
  children,
}: AuthFormProps) => {
  const [state, formAction] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const failed = state?.ok === false ? state : null;
  const fieldErrors = failed?.fieldErrors ?? {};
  const errorCount = Object.keys(fieldErrors).length;

  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
    if (state?.ok === false) alertRef.current?.focus();
  }, [state]);

  const submitKeepingInput = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };

  return (
    <FormContext value={{ values: failed?.values ?? initialValues, fieldErrors }}>
      <form
        ref={formRef}
        action={formAction}
        onSubmit={submitKeepingInput}
        noValidate
        className="space-y-5"
      >
        {failed && (
          <div
            ref={alertRef}
            tabIndex={-1}
            role="alert"
            className="space-y-1 rounded border-2 border-alert-700 bg-red-50 p-4"
          >
            {failed.formError && <p className="font-semibold text-alert-700">{failed.formError}</p>}
            {errorCount > 0 && <p className="font-semibold text-alert-700">{failed.summary}</p>}
          </div>
        )}
        {state?.ok && state.message && (
          <p role="status" className="rounded border-l-4 border-brand-700 bg-brand-50 p-3">
            {state.message}
          </p>
        )}
        {!state && notice && (
          <p role="status" className="rounded border-l-4 border-brand-700 bg-brand-50 p-3">
            {notice}
          </p>
        )}
        {children}
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel} tone={submitTone} />
      </form>
    </FormContext>
  );
};
