'use client';

import { useField } from './form-context';

export type CheckboxFieldProps = { name: string; label: string; hint?: string };

export const CheckboxField = ({ name, label, hint }: CheckboxFieldProps) => {
  const field = useField(name);
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <input
          key={String(field.value === 'on')}
          id={field.id}
          name={name}
          type="checkbox"
          defaultChecked={field.value === 'on'}
          aria-describedby={hint ? field.hintId : undefined}
          className="size-5"
        />
        <label htmlFor={field.id} className="font-semibold text-slate-800">
          {label}
        </label>
      </div>
      {hint && (
        <p id={field.hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
};
