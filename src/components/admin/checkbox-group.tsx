'use client';

import { useField } from './form-context';

export type CheckboxOption = {
  value: string;
  label: string;
  /** The language of `label` when it is not the page's: a mechanism's official name. */
  lang?: string;
  /** Before the label, in the page's language: a mechanism's country. */
  context?: string;
  note?: string;
};

export type CheckboxGroupProps = {
  name: string;
  legend: string;
  options: CheckboxOption[];
  emptyText?: string;
};

/** A many-to-many relation as checkboxes: works without JavaScript and with a screen reader. */
export const CheckboxGroup = ({ name, legend, options, emptyText }: CheckboxGroupProps) => {
  const field = useField(name);
  const checked = new Set(field.list);
  return (
    <fieldset className="space-y-2" aria-describedby={field.error ? field.errorId : undefined}>
      <legend className="font-semibold text-slate-800">{legend}</legend>
      {options.length === 0 && emptyText && <p className="text-sm text-slate-600">{emptyText}</p>}
      <ul className="max-h-64 space-y-1 overflow-y-auto rounded border border-slate-300 p-2">
        {options.map((option) => {
          const id = `${field.id}-${option.value}`;
          return (
            <li key={option.value} className="flex items-start gap-2">
              <input
                key={String(checked.has(option.value))}
                id={id}
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={checked.has(option.value)}
                className="mt-1 size-4"
              />
              <label htmlFor={id}>
                {option.context && `${option.context}: `}
                <span lang={option.lang}>{option.label}</span>
                {option.note && (
                  <span className="ml-1 text-sm text-slate-600">({option.note})</span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
      {field.error && (
        <p id={field.errorId} className="text-sm font-semibold text-alert-700">
          {field.error}
        </p>
      )}
    </fieldset>
  );
};
