'use client';

import { useField } from './form-context';

/** Carries e.g. the loaded `version` through every submission, including failed ones. */
export const HiddenField = ({ name }: { name: string }) => {
  const { value } = useField(name);
  return <input type="hidden" name={name} value={value} />;
};
