'use client';

import { useActionState } from 'react';

import type { ImportState } from '@/server/recommendations/import/actions';

export type ImportFormProps = {
  action: (state: ImportState, formData: FormData) => Promise<ImportState>;
  labels: Record<
    'file' | 'publish' | 'dryRun' | 'commit' | 'errorsCaption' | 'line' | 'reason',
    string
  >;
};

const BUTTON = 'rounded px-4 py-2 font-semibold';

/** The file, two buttons (check first, then import) and the report of the last submission. */
export const ImportForm = ({ action, labels }: ImportFormProps) => {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-4" aria-busy={pending || undefined}>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="font-semibold">
            {labels.file}
          </label>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" required />
        </div>
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
            <table className="w-full border-collapse text-left text-sm">
              <caption className="mb-2 text-left font-semibold">{labels.errorsCaption}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="p-2">
                    {labels.line}
                  </th>
                  <th scope="col" className="p-2">
                    {labels.reason}
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.errors.map((error, i) => (
                  <tr key={i} className="border-b border-slate-200">
                    <td className="p-2 tabular-nums">{error.line}</td>
                    <td className="p-2">{error.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  );
};
