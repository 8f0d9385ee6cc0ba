import 'server-only';

import type { FormState } from '@/lib/forms/form-state';
import { runButtonAction, submitForm } from '@/server/actions/run-action';

import type { AnyContentType } from './content-type';
import type { CreateData, UpdateData } from './lifecycle';
import { createContent, deleteContent, publishContent, updateContent } from './lifecycle';

/**
 * The back-office server actions of a content type. A domain's `'use server'` file wraps each in
 * an exported async function (Next.js needs them declared there), binding locale and id.
 */
export const contentActions = <T extends AnyContentType>(type: T) => {
  const itemPath = (id: string) => (type.afterSave === 'item' ? `${type.list}/${id}` : type.list);
  /** A create (no id) or a save over item `id`: the form's uploads are stored first. */
  const save = (rawLocale: string, id: string | null, formData: FormData): Promise<FormState> =>
    submitForm({
      rawLocale,
      formData,
      permission: type.permissions.edit,
      schema: id ? type.schemas.update : type.schemas.create,
      run: async ({ actor, data, files }) => {
        const extra = await type.storeFiles?.(files, data);
        if (id) {
          // The schema above was the update one: `id` chose it.
          await updateContent(type, { actor, id, data: data as UpdateData<T>, extra });
          return { pathname: itemPath(id), done: 'saved' };
        }
        const created = await createContent(type, { actor, data: data as CreateData<T>, extra });
        return { pathname: itemPath(created.id), done: 'created' };
      },
    });
  return {
    create: (rawLocale: string, formData: FormData) => save(rawLocale, null, formData),
    update: (rawLocale: string, id: string, formData: FormData) => save(rawLocale, id, formData),
    publish: (rawLocale: string, id: string, published: boolean) =>
      runButtonAction({
        rawLocale,
        permission: type.permissions.publish ?? type.permissions.edit,
        run: async (actor) => {
          await publishContent(type, { actor, id, published });
          return { pathname: itemPath(id), done: published ? 'published' : 'unpublished' };
        },
      }),
    delete: (rawLocale: string, id: string) =>
      runButtonAction({
        rawLocale,
        permission: type.permissions.delete.guard,
        run: async (actor) => {
          await deleteContent(type, { actor, id });
          return { pathname: type.list, done: 'deleted' };
        },
      }),
  };
};
