'use client';

import { describedBy, FieldShell, inputClass } from '@/components/admin/field-shell';
import { useField } from '@/components/admin/form-context';

export type AuthFieldProps = {
  name: string;
  label: string;
  hint?: string;
  type: 'email' | 'password' | 'text';
  /** `username`, `current-password`, `new-password`: lets password managers help. */
  autoComplete: string;
};

/** An e-mail or password input; passwords never get a value from the server. */
export const AuthField = ({ name, label, hint, type, autoComplete }: AuthFieldProps) => {
  const field = useField(name);
  return (
    <FieldShell {...field} label={label} hint={hint}>
      <input
        id={field.id}
        name={name}
        type={type}
        defaultValue={type === 'password' ? undefined : field.value}
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize={type === 'text' ? undefined : 'none'}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy({ ...field, hint })}
        className={inputClass(field.error)}
      />
    </FieldShell>
  );
};
