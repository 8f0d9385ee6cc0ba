import type { ReactNode } from 'react';

export type FieldShellProps = {
  id: string;
  label: string;
  hint?: string;
  hintId: string;
  error?: string;
  errorId: string;
  required?: boolean;
  requiredLabel?: string;
  children: ReactNode;
};

/** Label, hint and error around one input; the error is tied to it with aria-describedby. */
export const FieldShell = ({
  id,
  label,
  hint,
  hintId,
  error,
  errorId,
  required,
  requiredLabel,
  children,
}: FieldShellProps) => (
  <div className="space-y-1">
    <label htmlFor={id} className="block font-semibold text-slate-800">
      {label}
      {required && requiredLabel && (
        <span className="ml-1 text-sm font-normal text-slate-600">({requiredLabel})</span>
      )}
    </label>
    {hint && (
      <p id={hintId} className="text-sm text-slate-600">
        {hint}
      </p>
    )}
    {children}
    {error && (
      <p id={errorId} className="text-sm font-semibold text-alert-700">
        {error}
      </p>
    )}
  </div>
);

export const describedBy = (parts: {
  hint?: string;
  hintId: string;
  error?: string;
  errorId: string;
}) =>
  [parts.hint && parts.hintId, parts.error && parts.errorId].filter(Boolean).join(' ') || undefined;

export const inputClass = (error?: string) =>
  `w-full rounded border px-3 py-2 ${error ? 'border-alert-700' : 'border-slate-400'}`;
