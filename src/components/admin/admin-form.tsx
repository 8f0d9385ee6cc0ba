'use client';

import { type ReactNode, useActionState, useEffect, useRef } from 'react';

import type { FormState, FormValues } from '@/lib/forms/form-state';

import { fieldId, FormContext } from './form-context';
import { SubmitButton } from './submit-button';

export type AdminFormText = {
  submit: string;
  pending: string;
  saved?: string;
  /** Link text to reload the latest version after a conflict. */
  reloadLatest?: string;
};

export type AdminFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: FormValues;
  /** Field labels by input name, for the error summary's links. */
  fieldLabels: Record<string, string>;
  text: AdminFormText;
  /** Where "reload the latest version" leads after a conflict. */
  reloadHref?: string;
  multipart?: boolean;
  /** Replaces the single submit button, e.g. approve and reject (`name="decision"`). */
  buttons?: ReactNode;
  children: ReactNode;
};

/**
 * A back-office form on a server action. Works without JavaScript (the server re-renders the page
 * with the returned state); with it, useActionState keeps the page and moves focus to the errors.
 */
export const AdminForm = ({
  action,
  initialValues,
  fieldLabels,
  text,
  reloadHref,
  multipart,
  buttons,
  children,
}: AdminFormProps) => {
  const [state, formAction] = useActionState(action, null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const failed = state?.ok === false ? state : null;
  const values = failed ? failed.values : initialValues;
  const fieldErrors = failed?.fieldErrors ?? {};
  const errorNames = Object.keys(fieldErrors);

  useEffect(() => {
    if (failed) summaryRef.current?.focus();
  }, [failed]);

  return (
    <FormContext value={{ values, fieldErrors }}>
      <form
        action={formAction}
        noValidate
        encType={multipart ? 'multipart/form-data' : undefined}
        className="space-y-6"
      >
        {failed && (
          <div
            ref={summaryRef}
            tabIndex={-1}
            role="alert"
            className="space-y-2 rounded border-2 border-alert-700 bg-red-50 p-4"
          >
            {failed.formError && <p className="font-semibold text-alert-700">{failed.formError}</p>}
            {failed.conflict && reloadHref && text.reloadLatest && (
              <p>
                <a href={reloadHref} className="text-brand-700 underline">
                  {text.reloadLatest}
                </a>
              </p>
            )}
            {errorNames.length > 0 && (
              <>
                <p className="font-semibold text-alert-700">{failed.summary}</p>
                <ul className="list-disc pl-6">
                  {errorNames.map((name) => (
                    <li key={name}>
                      <a href={`#${fieldId(name)}`} className="text-alert-700 underline">
                        {fieldLabels[name] ?? name}: {fieldErrors[name]}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        {state?.ok && text.saved && (
          <p role="status" className="rounded border-l-4 border-brand-700 bg-brand-50 p-3">
            {state.message ?? text.saved}
          </p>
        )}
        {children}
        {buttons ?? <SubmitButton label={text.submit} pendingLabel={text.pending} />}
      </form>
    </FormContext>
  );
};
