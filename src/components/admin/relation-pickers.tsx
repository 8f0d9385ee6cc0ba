import { getTranslations } from 'next-intl/server';

import type { RelationOption } from '@/server/content/find-relation-options';

import { CheckboxGroup } from './checkbox-group';
import { getRelationChecks } from './locale-options';

export type RelationPicker = {
  /** The form field the server action reads, e.g. `documentIds`. */
  name: string;
  legend: string;
  /** Absent: no picker (focal points do not choose mechanisms: theirs is linked). */
  options?: RelationOption[];
};

export type RelationPickersProps = {
  /** In the order shown. */
  relations: RelationPicker[];
  /** The grid around the groups. */
  className?: string;
};

/** A content item's links to other content, one group of checkboxes each, drafts marked. */
export const RelationPickers = async ({
  relations,
  className = 'grid gap-4 md:grid-cols-2',
}: RelationPickersProps) => {
  const [tForm, checks] = await Promise.all([
    getTranslations('AdminForm'),
    Promise.all(relations.map(async ({ options }) => options && getRelationChecks(options))),
  ]);
  return (
    <div className={className}>
      {relations.map(({ name, legend }, index) => {
        const options = checks[index];
        return (
          options && (
            <CheckboxGroup
              key={name}
              name={name}
              legend={legend}
              options={options}
              emptyText={tForm('noOptions')}
            />
          )
        );
      })}
    </div>
  );
};
