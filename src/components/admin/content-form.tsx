import type { ReactNode } from 'react';

import type { FormState, FormValues } from '@/lib/forms/form-state';
import type { TFormLocale } from '@/lib/validation/form-fields';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';

import { AdminForm } from './admin-form';
import { buildFieldLabels } from './field-labels';
import { getFormText } from './form-text';

export type ContentFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: FormValues;
  mode: 'create' | 'save' | 'propose';
  /** Labels of plain inputs by name, and of translated fields by field name. */
  labels: { plain: Record<string, string>; translated: Record<string, string> };
  reloadHref?: string;
  multipart?: boolean;
  buttons?: ReactNode;
  children: ReactNode;
};

/** What a domain's form (country, event, …) takes from its create, edit or propose page. */
export type DomainFormProps<M extends ContentFormProps['mode'] = 'create' | 'save'> = Pick<
  ContentFormProps,
  'action' | 'initialValues' | 'reloadHref'
> & {
  options: Record<RelationKind, RelationOption[]>;
  mode: M;
  missing?: readonly TFormLocale[];
};

/** The language the content was first written in, as the form shows it (Spanish if unset). */
export const formOriginalLocale = (initialValues: FormValues): TFormLocale =>
  (initialValues.originalLocale as TFormLocale | undefined) ?? 'es';

/** AdminForm with the shared texts and the error summary's labels filled in on the server. */
export const ContentForm = async ({ labels, mode, children, ...props }: ContentFormProps) => {
  const [fieldLabels, text] = await Promise.all([
    buildFieldLabels(labels.plain, labels.translated),
    getFormText(mode),
  ]);
  return (
    <AdminForm {...props} fieldLabels={fieldLabels} text={text}>
      {children}
    </AdminForm>
  );
};
