import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { CHANGE_PAYLOAD_SCHEMAS, type TChangeEntityType } from '@/lib/validation/changes';
import { AppError } from '@/server/errors';

/**
 * Stored in ChangeRequest.payload: the form input as submitted (re-validated on approval with the
 * same schema), plus an uploaded file for proposed documents.
 */
export type ChangePayload = { values: Record<string, unknown>; fileId?: string | null };

export const toPayloadJson = (payload: ChangePayload) =>
  JSON.parse(JSON.stringify(payload)) as Prisma.InputJsonValue;

export const readPayload = (payload: Prisma.JsonValue): ChangePayload => {
  const object = (payload ?? {}) as Record<string, unknown>;
  const values = (object.values ?? {}) as Record<string, unknown>;
  const fileId = typeof object.fileId === 'string' ? object.fileId : null;
  return { values, fileId };
};

export const isChangeEntityType = (value: string): value is TChangeEntityType =>
  value in CHANGE_PAYLOAD_SCHEMAS;

/** Validates a payload with its entity's schema; an invalid stored payload is refused. */
export const parsePayload = <T extends TChangeEntityType>(entityType: T, values: unknown) => {
  const result = CHANGE_PAYLOAD_SCHEMAS[entityType].safeParse(values);
  if (!result.success) throw new AppError('INVALID_INPUT', 'payload');
  return result.data as ReturnType<(typeof CHANGE_PAYLOAD_SCHEMAS)[T]['parse']>;
};
