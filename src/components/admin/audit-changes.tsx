import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import type { AuditCell, AuditFieldChange, AuditScalar } from '@/server/audit/diff-audit-values';
import { isRelationField, type RelationLabel } from '@/server/audit/find-relation-labels';
import type { AuditEntry } from '@/server/users/find-audit-entries';

import { type AuditLabels, getAuditLabels } from './audit-labels';

export type AuditChangesProps = {
  entry: Pick<AuditEntry, 'entityType' | 'before' | 'after' | 'changes'>;
  /** Names of related rows by id (findAuditEntries' `labels`). */
  relations: Record<string, RelationLabel>;
};

/** Texts longer than this open in a <details>: a log row should not be a page long. */
const LONG_TEXT = 160;

/** Dates are stored as midnight UTC timestamps; the forms show and take the day. */
const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.000)?Z$/;

type AuditTranslator = Awaited<ReturnType<typeof getTranslations<'AdminAudit'>>>;

type CellContext = {
  t: AuditTranslator;
  labels: AuditLabels;
  relations: Record<string, RelationLabel>;
  entityType: string | null;
  change: AuditFieldChange;
};

const Empty = ({ t }: { t: AuditTranslator }) => (
  <span className="text-slate-600">{t('emptyValue')}</span>
);

/** One stored value in words: a related row's name, a code as the forms say it, a day, text. */
const Value = ({ value, context }: { value: AuditScalar; context: CellContext }) => {
  const { t, labels, relations, entityType, change } = context;
  if (value === null || value === '') return <Empty t={t} />;
  if (typeof value === 'boolean') return <>{t('boolean', { value: String(value) })}</>;
  if (typeof value === 'number') return <>{value}</>;
  if (isRelationField(change.key)) {
    const related = relations[value];
    return related ? <span lang={related.lang}>{related.name}</span> : <code>{value}</code>;
  }
  const words = labels.value(entityType, change.key, value);
  if (words) return <>{words}</>;
  const day = MIDNIGHT.exec(value)?.[1];
  const text = day ?? value;
  // Translated text is in its row's language.
  const lang = change.locale;
  if (text.length <= LONG_TEXT) {
    return (
      <span lang={lang} className="whitespace-pre-wrap">
        {text}
      </span>
    );
  }
  return (
    <details>
      <summary className="cursor-pointer">
        <span lang={lang}>{`${text.slice(0, LONG_TEXT - 40).trimEnd()}…`}</span>{' '}
        <span className="text-brand-700 underline">{t('showAll')}</span>
      </summary>
      <p lang={lang} className="mt-1 whitespace-pre-wrap">
        {text}
      </p>
    </details>
  );
};

/** Struck through (before) or underlined (after), with a word for screen readers. */
const Marked = ({
  side,
  t,
  children,
}: {
  side: 'before' | 'after';
  t: AuditTranslator;
  children: ReactNode;
}) =>
  side === 'before' ? (
    <del className="bg-red-50 decoration-2">
      <span className="sr-only">{t('removedItem')} </span>
      {children}
    </del>
  ) : (
    <ins className="bg-green-50 decoration-2">
      <span className="sr-only">{t('addedItem')} </span>
      {children}
    </ins>
  );

/** One side of a change: a list item by item (only the items that went or came are marked). */
const Cell = ({
  cell,
  side,
  context,
}: {
  cell: AuditCell;
  side: 'before' | 'after';
  context: CellContext;
}) => {
  const { t, change } = context;
  if (cell === undefined || cell === null || (Array.isArray(cell) && cell.length === 0)) {
    return <Empty t={t} />;
  }
  if (Array.isArray(cell)) {
    const moved = new Set(side === 'before' ? change.removedItems : change.addedItems);
    return (
      <ul className="space-y-1">
        {cell.map((item, index) => (
          <li key={index}>
            {moved.has(item) ? (
              <Marked side={side} t={t}>
                <Value value={item} context={context} />
              </Marked>
            ) : (
              <Value value={item} context={context} />
            )}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Marked side={side} t={t}>
      <Value value={cell} context={context} />
    </Marked>
  );
};

const json = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * An audit entry's changes as a table: each changed field by its form label (else its stored
 * key, as code), before and after side by side, the old value struck through and the new one
 * underlined, with a visible word for the kind of change; the stored JSON one click away. A
 * server component: it works without JavaScript, and React escapes every stored value.
 */
export const AuditChanges = async ({ entry, relations }: AuditChangesProps) => {
  const [t, labels] = await Promise.all([getTranslations('AdminAudit'), getAuditLabels()]);
  if (entry.before === null && entry.after === null) return <>{t('none')}</>;
  return (
    <div className="space-y-2">
      {entry.changes.length === 0 ? (
        <p>{t('noFieldChanges')}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t('changesCaption')}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-1">
                {t('field')}
              </th>
              <th scope="col" className="p-1">
                {t('before')}
              </th>
              <th scope="col" className="p-1">
                {t('after')}
              </th>
            </tr>
          </thead>
          <tbody>
            {entry.changes
              .toSorted(
                (a, b) => labels.rank(entry.entityType, a) - labels.rank(entry.entityType, b),
              )
              .map((change) => {
                const context = { t, labels, relations, entityType: entry.entityType, change };
                const label = labels.field(entry.entityType, change);
                return (
                  <tr key={change.path} className="border-b border-slate-200 align-top">
                    <th scope="row" className="p-1 font-semibold">
                      {label ?? <code className="font-normal">{change.path}</code>}
                      <span className="mt-0.5 block text-xs font-normal text-slate-700 uppercase">
                        {t('change', { kind: change.kind })}
                      </span>
                    </th>
                    <td className="max-w-64 p-1 break-words">
                      <Cell cell={change.before} side="before" context={context} />
                    </td>
                    <td className="max-w-64 p-1 break-words">
                      <Cell cell={change.after} side="after" context={context} />
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      )}
      <details>
        <summary className="cursor-pointer text-brand-700 underline">{t('rawData')}</summary>
        {entry.before !== null && (
          <>
            <p className="mt-1 font-semibold">{t('before')}</p>
            <pre className="rounded bg-slate-100 p-2 text-xs break-all whitespace-pre-wrap">
              {json(entry.before)}
            </pre>
          </>
        )}
        {entry.after !== null && (
          <>
            <p className="mt-1 font-semibold">{t('after')}</p>
            <pre className="rounded bg-slate-100 p-2 text-xs break-all whitespace-pre-wrap">
              {json(entry.after)}
            </pre>
          </>
        )}
      </details>
    </div>
  );
};
