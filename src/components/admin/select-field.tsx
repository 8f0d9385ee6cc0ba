'use client';

import { describedBy, FieldShell, inputClass } from './field-shell';
import { useField } from './form-context';

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = {
  name: string;
  label: string;
  options: SelectOption[];
  hint?: string;
  /** Label of an empty first option; without it a value must be chosen. */
  emptyLabel?: string;
};

export const SelectField = ({ name, label, options, hint, emptyLabel }: SelectFieldProps) => {
  const field = useField(name);
  return (
    <FieldShell {...field} label={label} hint={hint}>
      {/* key: React does not re-select an uncontrolled <select> when the returned values change. */}
      <select
        key={field.value}
        id={field.id}
        name={name}
        defaultValue={field.value}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy({ ...field, hint })}
        className={inputClass(field.error)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
};
