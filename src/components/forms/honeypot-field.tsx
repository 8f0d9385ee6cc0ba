export type HoneypotFieldProps = { name: string; label: string };

/**
 * A field people never fill and form-filling bots do: invisible, skipped by screen readers
 * (aria-hidden) and by the keyboard (tabindex -1), never autofilled. Always rendered empty.
 */
export const HoneypotField = ({ name, label }: HoneypotFieldProps) => (
  <div aria-hidden="true" className="sr-only">
    <label htmlFor={`f-${name}`}>{label}</label>
    <input id={`f-${name}`} type="text" name={name} tabIndex={-1} autoComplete="off" />
  </div>
);
