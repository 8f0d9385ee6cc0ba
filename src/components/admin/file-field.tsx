'use client';

import { describedBy, FieldShell } from './field-shell';
import { useField } from './form-context';

export type FileFieldProps = { name: string; label: string; hint?: string; accept?: string };

/** Browsers never refill a file input: after an error the hint asks to choose the file again. */
export const FileField = ({ name, label, hint, accept }: FileFieldProps) => {
  const field = useField(name);
  return (
    <FieldShell {...field} label={label} hint={hint}>
      <input
        id={field.id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy({ ...field, hint })}
        className="block w-full text-sm"
      />
    </FieldShell>
  );
};
