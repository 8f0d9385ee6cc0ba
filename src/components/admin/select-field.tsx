'use client';

import { describedBy, FieldShell, inputClass } from './field-shell';
import { useField } from './form-context';

export type SelectOption = {
  value: string;
  label: string;
  /** The language of `label` when it is not the page's: a mechanism's official name. */
  lang?: string;
  /** An `<optgroup>` label in the page's language (a mechanism's country); groups must be runs. */
  group?: string;
};

/** Consecutive options with the same `group`, so a select shows each group once. */
const toRuns = (options: SelectOption[]) =>
  options.reduce<{ group?: string; options: SelectOption[] }[]>((runs, option) => {
    const last = runs.at(-1);
    if (last && last.group === option.group) last.options.push(option);
    else runs.push({ group: option.group, options: [option] });
    return runs;
  }, []);

const Options = ({ options }: { options: SelectOption[] }) =>
  options.map((option) => (
    <option key={option.value} value={option.value} lang={option.lang}>
      {option.label}
    </option>
  ));

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
        {toRuns(options).map((run, index) =>
          run.group === undefined ? (
            <Options key={index} options={run.options} />
          ) : (
            <optgroup key={index} label={run.group}>
              <Options options={run.options} />
            </optgroup>
          ),
        )}
      </select>
    </FieldShell>
  );
};
