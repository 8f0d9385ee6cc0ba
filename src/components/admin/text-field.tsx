'use client';

import { describedBy, FieldShell, inputClass } from './field-shell';
import { useField } from './form-context';

export type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'url' | 'email' | 'tel' | 'date' | 'number';
  required?: boolean;
  requiredLabel?: string;
  lang?: string;
  autoComplete?: string;
};

/**
 * No `required`/`type=url` browser validation on purpose (`noValidate` on the form): the server's
 * messages are the localized ones and the same with or without JavaScript.
 */
export const TextField = ({
  name,
  label,
  hint,
  type = 'text',
  required,
  requiredLabel,
  lang,
  autoComplete,
}: TextFieldProps) => {
  const field = useField(name);
  return (
    <FieldShell
      {...field}
      label={label}
      hint={hint}
      required={required}
      requiredLabel={requiredLabel}
    >
      <input
        id={field.id}
        name={name}
        type={type}
        lang={lang}
        defaultValue={field.value}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy({ ...field, hint })}
        aria-required={required || undefined}
        autoComplete={autoComplete ?? 'off'}
        className={inputClass(field.error)}
      />
    </FieldShell>
  );
};
