'use client';

import { type FormEvent, startTransition, useActionState } from 'react';

import type { ImportState } from '@/lib/forms/import-state';

type Label =
  | 'file'
  | 'publish'
  | 'dryRun'
  | 'commit'
  | 'errorsCaption'
  | 'line'
  | 'field'
  | 'reason'
  | 'zip'
  | 'type';

export type CsvImportFormProps = {
  action: (state: ImportState, formData: FormData) => Promise<ImportState>;
  labels: Partial<Record<Label, string>> &
    Record<'file' | 'publish' | 'dryRun' | 'commit' | 'errorsCaption' | 'line' | 'reason', string>;
  /** A choice of what the file holds (content imports), by value and label. */
  types?: { value: string; label: string }[];
  /** Offer a ZIP of files that rows name. */
  withZip?: boolean;
};

const BUTTON = 'rounded px-4 py-2 font-semibold';

/**
 * The CSV (and, when offered, what it holds and a ZIP of its files), two buttons (check first,
 * then import) and the report of the last submission: every invalid row with its line and reason.
 */
export const CsvImportForm = ({ action, labels, types, withZip = false }: CsvImportFormProps) => {
  const [state, formAction, pending] = useActionState(action, null);
  // Submitted by hand rather than as the form's action, which React follows with a reset: the
  // editor checks, then imports the same file without choosing it again. Without JavaScript the
  // form posts to the action as usual.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { submitter } = event.nativeEvent as SubmitEvent;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  };
  const showField = !!labels.field && !!state?.errors.some((error) => error.field);
  return (
    <div className="space-y-6">
      <form
        action={formAction}
        onSubmit={submit}
        className="space-y-4"
        aria-busy={pending || undefined}
      >
        {types && (
          <div className="flex flex-col gap-1">
            <label htmlFor="import-type" className="font-semibold">
              {labels.type}
            </label>
            <select id="import-type" name="type" className="max-w-xs rounded border p-2" required>
              {types.map(({ value, label }) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="font-semibold">
            {labels.file}
          </label>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" required />
        </div>
        {withZip && (
          <div className="flex flex-col gap-1">
            <label htmlFor="import-zip" className="font-semibold">
              {labels.zip}
            </label>
            <input id="import-zip" name="zip" type="file" accept=".zip,application/zip" />
          </div>
        )}
        <label className="flex items-center gap-2">
          <input type="checkbox" name="publish" />
          {labels.publish}
        </label>
        <div className="flex flex-wrap gap-4">
          <button
            type="submit"
            name="mode"
            value="dryRun"
            className={`${BUTTON} border border-brand-700 text-brand-800`}
          >
            {labels.dryRun}
          </button>
          <button
            type="submit"
            name="mode"
            value="commit"
            className={`${BUTTON} bg-brand-700 text-white hover:bg-brand-900`}
          >
            {labels.commit}
          </button>
        </div>
      </form>
      {state && (
        <div role="status" className="space-y-3">
          <p className="font-semibold">{state.summary}</p>
          {state.errors.length > 0 && (
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="mb-2 text-left font-semibold">{labels.errorsCaption}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-300">
                    <th scope="col" className="p-2">
                      {labels.line}
                    </th>
                    {showField && (
                      <th scope="col" className="p-2">
                        {labels.field}
                      </th>
                    )}
                    <th scope="col" className="p-2">
                      {labels.reason}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {state.errors.map((error, i) => (
                    <tr key={i} className="border-b border-slate-200">
                      <td className="p-2 tabular-nums">{error.line}</td>
                      {showField && <td className="p-2 font-mono">{error.field}</td>}
                      <td className="p-2">{error.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </div>
  );
};
