import 'server-only';

import type { z } from 'zod';

import { Prisma } from '@/generated/prisma/client';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import type { AnyContentType, ContentForEdit, ContentModel } from './content-type';

type ResolveSlugOptions = {
  /** What the editor typed, if anything. */
  requested?: string | null;
  /** The current slug, when editing. */
  current?: string;
  /** Text to derive a slug from when none is given (usually the original-language title). */
  source: string;
  isTaken: (slug: string) => Promise<boolean>;
};

export const slugify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '') || 'item';

/** A typed slug must be free; a derived one gets `-2`, `-3`… until it is. */
const resolveSlug = async ({ requested, current, source, isTaken }: ResolveSlugOptions) => {
  if (requested) {
    if (requested !== current && (await isTaken(requested))) {
      throw new AppError('CONFLICT', 'slugTaken');
    }
    return requested;
  }
  if (current) return current;
  const base = slugify(source);
  for (let n = 1; n < 1000; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  throw new AppError('CONFLICT', 'slugTaken');
};

type Row = Record<string, unknown> & { id: string; slug: string };

/** The calls the lifecycle makes, the same on every content model's Prisma delegate. */
type ContentDelegate = {
  findUnique(args: {
    where: { id: string } | { slug: string };
    select: object;
  }): Promise<Row | null>;
  create(args: { data: object; select: object }): Promise<Row>;
  update(args: { where: object; data: object; select?: object }): Promise<Row>;
  delete(args: { where: { id: string } }): Promise<unknown>;
};

// Prisma types each delegate separately; the lifecycle only uses what they share (above).
const delegateOf = (db: Prisma.TransactionClient, model: ContentModel) =>
  db[model] as unknown as ContentDelegate;

const isSlugTaken = (db: Prisma.TransactionClient, model: ContentModel) => async (slug: string) =>
  !!(await delegateOf(db, model).findUnique({ where: { slug }, select: { id: true } }));

const findOrThrow = async (db: Prisma.TransactionClient, type: AnyContentType, id: string) => {
  const row = await delegateOf(db, type.model).findUnique({
    where: { id },
    select: type.editSelect,
  });
  if (!row) throw new AppError('NOT_FOUND', type.model);
  return row;
};

const connectAll = (relations: Record<string, string[]> = {}, verb: 'connect' | 'set') =>
  Object.fromEntries(
    Object.entries(relations).map(([name, ids]) => [name, { [verb]: ids.map((id) => ({ id })) }]),
  );

/** A validated form of the type: what its create and update schemas output. */
export type CreateData<T extends AnyContentType> = z.output<T['schemas']['create']>;
export type UpdateData<T extends AnyContentType> = z.output<T['schemas']['update']>;

export type CreateContentOptions<T extends AnyContentType> = {
  actor: Actor;
  data: CreateData<T>;
  /** Columns set outside the form: a stored upload (`fileId`). */
  extra?: Record<string, unknown>;
};

/** A new item (a draft, for types with drafts) and its audit entry, in one transaction. */
export const createContent = async <T extends AnyContentType>(
  type: T,
  { actor, data, extra = {} }: CreateContentOptions<T>,
): Promise<ContentForEdit<T> & { id: string }> => {
  assertPermission(actor, type.permissions.edit);
  const { scalars, translations, relations } = type.toWriteData(data);
  return prisma.$transaction(async (tx) => {
    await type.assertWritable?.(tx, data);
    const slug = await resolveSlug({
      requested: (data as { slug?: string | null }).slug,
      source: type.slugSource(data),
      isTaken: isSlugTaken(tx, type.model),
    });
    const created = await delegateOf(tx, type.model).create({
      data: {
        ...scalars,
        ...extra,
        slug,
        ...(type.permissions.publish && { status: 'DRAFT' }),
        translations: { create: translations },
        ...connectAll(relations, 'connect'),
      },
      select: type.editSelect,
    });
    type.assertSaved?.(created);
    await recordAudit({
      actor,
      action: `${type.model}.create`,
      entityType: type.model,
      entityId: created.id,
      before: null,
      after: created,
      db: tx,
    });
    return created as unknown as ContentForEdit<T> & { id: string };
  });
};

export type UpdateContentOptions<T extends AnyContentType> = Omit<
  CreateContentOptions<T>,
  'data'
> & {
  id: string;
  data: UpdateData<T>;
  /**
   * Writes that belong with this save, run after it in the same transaction (a corrected fact's
   * source and citation): if they fail, nothing is saved.
   */
  alsoWrite?: (tx: Prisma.TransactionClient) => Promise<unknown>;
};

const isRecordNotFound = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025';

/**
 * Saves the form over item `id`. Versioned types save only if nobody saved since the form was
 * loaded (`data.version`); otherwise CONFLICT and nothing changes. Audited in the same transaction.
 */
export const updateContent = async <T extends AnyContentType>(
  type: T,
  { actor, id, data, extra = {}, alsoWrite }: UpdateContentOptions<T>,
): Promise<ContentForEdit<T> & { id: string }> => {
  assertPermission(actor, type.permissions.edit);
  const { scalars, translations, relations } = type.toWriteData(data);
  const version = (data as { version?: number }).version;
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await findOrThrow(tx, type, id);
      await type.assertWritable?.(tx, data, id);
      const slug = await resolveSlug({
        requested: (data as { slug?: string | null }).slug,
        current: before.slug,
        source: before.slug,
        isTaken: isSlugTaken(tx, type.model),
      });
      const after = await delegateOf(tx, type.model).update({
        where: type.versioned ? { id, version } : { id },
        data: {
          ...scalars,
          ...extra,
          slug,
          ...(type.versioned && { version: { increment: 1 } }),
          translations: { deleteMany: {}, create: translations },
          ...connectAll(relations, 'set'),
        },
        select: type.editSelect,
      });
      type.assertSaved?.(after);
      await recordAudit({
        actor,
        action: `${type.model}.update`,
        entityType: type.model,
        entityId: id,
        before,
        after,
        db: tx,
      });
      await alsoWrite?.(tx);
      return after as unknown as ContentForEdit<T> & { id: string };
    });
  } catch (error) {
    // The item was read above, so "no row to update" means its version moved on.
    if (isRecordNotFound(error)) throw new AppError('CONFLICT', 'version');
    throw error;
  }
};

export type PublishContentOptions = {
  actor: Actor;
  id: string;
  /** False takes it back to draft (unpublish). */
  published: boolean;
};

export const publishContent = async (
  type: AnyContentType,
  { actor, id, published }: PublishContentOptions,
) => {
  if (!type.permissions.publish) throw new AppError('INVALID_INPUT', `${type.model}: no drafts`);
  assertPermission(actor, type.permissions.publish);
  const status = published ? 'PUBLISHED' : 'DRAFT';
  await prisma.$transaction(async (tx) => {
    const before = await delegateOf(tx, type.model).findUnique({
      where: { id },
      select: { status: true },
    });
    if (!before) throw new AppError('NOT_FOUND', type.model);
    await delegateOf(tx, type.model).update({ where: { id }, data: { status } });
    await recordAudit({
      actor,
      action: `${type.model}.${published ? 'publish' : 'unpublish'}`,
      entityType: type.model,
      entityId: id,
      before: { status: before.status },
      after: { status },
      db: tx,
    });
  });
};

export type DeleteContentOptions = { actor: Actor; id: string };

export const deleteContent = async (type: AnyContentType, { actor, id }: DeleteContentOptions) => {
  const { guard, alsoRequires = [] } = type.permissions.delete;
  for (const permission of [guard, ...alsoRequires]) assertPermission(actor, permission);
  await prisma.$transaction(async (tx) => {
    const before = await findOrThrow(tx, type, id);
    await type.assertDeletable?.(tx, id);
    await delegateOf(tx, type.model).delete({ where: { id } });
    await recordAudit({
      actor,
      action: `${type.model}.delete`,
      entityType: type.model,
      entityId: id,
      before,
      after: null,
      db: tx,
    });
  });
};
