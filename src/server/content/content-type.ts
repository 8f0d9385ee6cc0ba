import type { z } from 'zod';

import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import type { Permission } from '@/server/auth/permissions';

/** Prisma models with a `slug`, `translations` and the content lifecycle. */
export type ContentModel =
  | 'document'
  | 'event'
  | 'news'
  | 'mechanism'
  | 'cooperation'
  | 'theme'
  | 'country'
  | 'recommendation';

/** What a validated form becomes: columns, one row per language with text, and relation ids. */
export type ContentWriteData = {
  scalars: Record<string, unknown>;
  translations: Record<string, unknown>[];
  relations?: Record<string, string[]>;
};

/**
 * One content type, defined once: create, update, publish, delete, the back-office list and the
 * server actions all come from this (see lifecycle.ts, find-admin-content.ts, content-actions.ts).
 * Adding a type is a schema change, one definition like this and its forms.
 */
export type ContentType<
  M extends ContentModel,
  S extends Record<string, unknown>,
  TCreate,
  TUpdate extends TCreate,
  X extends Record<string, unknown> = Record<never, never>,
> = {
  /** The Prisma model; also the audit log's entity type and action prefix (`document.create`). */
  model: M;
  /** The back-office list; an item's page is `${list}/${id}`. */
  list: string;
  permissions: {
    edit: Permission;
    /** Null: the type has no drafts (always public). */
    publish: Permission | null;
    /**
     * Deleting needs `guard` and every permission in `alsoRequires`. The delete action checks
     * `guard` before anything else (without it: the dashboard's "not allowed" notice); the
     * domain function then checks them all.
     */
    delete: { guard: Permission; alsoRequires?: readonly Permission[] };
  };
  /** After a save: the item's page, or the list when items have no page of their own. */
  afterSave: 'item' | 'list';
  /** Whether saves check `version` (optimistic concurrency: nobody saved since the form loaded). */
  versioned: boolean;
  schemas: { create: z.ZodType<TCreate>; update: z.ZodType<TUpdate> };
  /** The translated field that names an item (lists, delete confirmation). */
  labelField: string;
  /** Everything the edit form shows; also the audit entry's before and after. */
  editSelect: S;
  /** The back-office list: its order, extra columns, and what "lacks a language" means. */
  adminList: {
    orderBy: object;
    /** Default: no translation row in that language. */
    lacks?: (locale: string) => object;
    /**
     * Label each item in its own language (`originalLocale`) rather than the editor's: a
     * mechanism's official name, as public pages show it, not a translation.
     */
    officialLabel?: boolean;
    select?: object;
    // The row is what `select` asked for; Prisma cannot type it through a generic model.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    toColumns?: (row: any, locale: AppLocale) => X;
  };
  toWriteData: (data: TCreate) => ContentWriteData;
  /** The text a new item's slug is derived from when the editor gives none. */
  slugSource: (data: TCreate) => string;
  /** Uploads turned into columns before the write (documents: the stored file). */
  storeFiles?: (files: Record<string, File>, data: TCreate) => Promise<Record<string, unknown>>;
  /** Rules that need the database (unique ISO codes); `id` is set when updating. */
  assertWritable?: (db: Prisma.TransactionClient, data: TCreate, id?: string) => Promise<void>;
  /**
   * Rules on the item as saved, uploads included (an image needs its alt text in each language),
   * checked inside the save's transaction: a throw undoes the save.
   */
  // The row is what `editSelect` asked for; Prisma cannot type it through a generic model.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  assertSaved?: (row: any) => void;
  assertDeletable?: (db: Prisma.TransactionClient, id: string) => Promise<void>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any content type, whatever its data
export type AnyContentType = ContentType<ContentModel, Record<string, unknown>, any, any, any>;

/** An item as the edit form loads it: the Prisma row of the type's `editSelect`. */
export type ContentForEdit<T extends AnyContentType> = Prisma.Result<
  PrismaClient[T['model']],
  { select: T['editSelect'] },
  'findUniqueOrThrow'
>;

/** The extra columns a type's back-office list shows. */
export type AdminColumns<T extends AnyContentType> =
  NonNullable<T['adminList']['toColumns']> extends (...args: never[]) => infer X
    ? X
    : Record<never, never>;

/** Who edits, publishes and deletes most content: editors and admins (see auth/permissions). */
export const EDITORIAL_PERMISSIONS = {
  edit: 'content.edit',
  publish: 'content.publish',
  delete: { guard: 'content.delete' },
} as const satisfies ContentType<
  ContentModel,
  Record<string, unknown>,
  unknown,
  unknown
>['permissions'];

/** Checks a definition's types; the object itself is returned unchanged. */
export const defineContentType = <
  M extends ContentModel,
  S extends Record<string, unknown>,
  TCreate,
  TUpdate extends TCreate,
  X extends Record<string, unknown> = Record<never, never>,
>(
  type: ContentType<M, S, TCreate, TUpdate, X>,
) => type;
