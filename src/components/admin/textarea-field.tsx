'use client';

import { describedBy, FieldShell, inputClass } from './field-shell';
import { useField } from './form-context';

export type TextareaFieldProps = {
  name: string;
  label: string;
  hint?: string;
  rows?: number;
  required?: boolean;
  requiredLabel?: string;
  lang?: string;
};

export const TextareaField = ({
  name,
  label,
  hint,
  rows = 4,
  required,
  requiredLabel,
  lang,
}: TextareaFieldProps) => {
  const field = useField(name);
  return (
    <FieldShell
      {...field}
      label={label}
      hint={hint}
      required={required}
      requiredLabel={requiredLabel}
    >
      <textarea
        id={field.id}
        name={name}
        rows={rows}
        lang={lang}
        defaultValue={field.value}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy({ ...field, hint })}
        aria-required={required || undefined}
        className={inputClass(field.error)}
      />
    </FieldShell>
  );
};
