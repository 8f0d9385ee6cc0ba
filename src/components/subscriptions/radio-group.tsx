'use client';

import { useField } from '@/components/admin/form-context';

export type RadioOption = { value: string; label: string; lang?: string };

export type RadioGroupProps = { name: string; legend: string; options: RadioOption[] };

/** One choice among a few, as radio buttons: works without JavaScript and with a screen reader. */
export const RadioGroup = ({ name, legend, options }: RadioGroupProps) => {
  const field = useField(name);
  return (
    <fieldset className="space-y-2" aria-describedby={field.error ? field.errorId : undefined}>
      <legend className="font-semibold text-slate-800">{legend}</legend>
      {options.map((option) => {
        const id = `${field.id}-${option.value}`;
        const checked = field.value === option.value;
        return (
          <div key={option.value} className="flex items-start gap-2">
            <input
              key={String(checked)}
              id={id}
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={checked}
              className="mt-1 size-4"
            />
            <label htmlFor={id} lang={option.lang}>
              {option.label}
            </label>
          </div>
        );
      })}
      {field.error && (
        <p id={field.errorId} className="text-sm font-semibold text-alert-700">
          {field.error}
        </p>
      )}
    </fieldset>
  );
};
