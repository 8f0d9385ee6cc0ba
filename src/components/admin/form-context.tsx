'use client';

import { createContext, useContext } from 'react';

import type { FormValues } from '@/lib/forms/form-state';

type FormContextValue = { values: FormValues; fieldErrors: Record<string, string> };

export const FormContext = createContext<FormContextValue>({ values: {}, fieldErrors: {} });

/** `translations.es.title` → `f-translations-es-title`, a valid and stable element id. */
export const fieldId = (name: string) => `f-${name.replaceAll('.', '-')}`;

/** What a field shows: the value typed (or loaded) and its error, with ids for aria wiring. */
export const useField = (name: string) => {
  const { values, fieldErrors } = useContext(FormContext);
  const id = fieldId(name);
  const error = fieldErrors[name];
  const value = values[name];
  return {
    id,
    value: Array.isArray(value) ? (value[0] ?? '') : (value ?? ''),
    list: value === undefined ? [] : Array.isArray(value) ? value : [value],
    error,
    errorId: `${id}-error`,
    hintId: `${id}-hint`,
  };
};
