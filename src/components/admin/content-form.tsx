import type { ReactNode } from 'react';

import type { FormState, FormValues } from '@/lib/forms/form-state';

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
