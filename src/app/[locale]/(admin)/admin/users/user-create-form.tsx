import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AdminForm } from '@/components/admin/admin-form';
import { toRelationSelect } from '@/components/admin/locale-options';
import { SelectField } from '@/components/admin/select-field';
import { TextField } from '@/components/admin/text-field';
import { Role } from '@/generated/prisma/enums';
import type { RelationOption } from '@/server/content/find-relation-options';
import { createUserAction } from '@/server/users/actions';

export type UserCreateFormProps = {
  locale: Locale;
  mechanisms: RelationOption[];
};

export const UserCreateForm = async ({ locale, mechanisms }: UserCreateFormProps) => {
  const t = await getTranslations('AdminUsers');
  const labels = {
    email: t('email'),
    name: t('name'),
    role: t('roleLabel'),
    mechanismId: t('mechanism'),
  };
  return (
    <AdminForm
      action={createUserAction.bind(null, locale)}
      initialValues={{ role: 'EDITOR' }}
      fieldLabels={labels}
      text={{ submit: t('submit'), pending: t('pending') }}
    >
      <TextField name="email" type="email" label={labels.email} autoComplete="off" />
      <TextField name="name" label={labels.name} autoComplete="off" />
      <SelectField
        name="role"
        label={labels.role}
        options={Object.values(Role).map((role) => ({ value: role, label: t('role', { role }) }))}
      />
      <SelectField
        name="mechanismId"
        label={labels.mechanismId}
        hint={t('mechanismHint')}
        emptyLabel={t('noMechanism')}
        options={toRelationSelect(mechanisms)}
      />
    </AdminForm>
  );
};
