import 'server-only';

import type { ChangeRequest } from '@/generated/prisma/client';
import type { Actor } from '@/server/content/actor';
import { prisma } from '@/server/db';
import { createDocument } from '@/server/documents/create-document';
import { publishDocument } from '@/server/documents/publish-document';
import { AppError } from '@/server/errors';
import { createEvent } from '@/server/events/create-event';
import { publishEvent } from '@/server/events/publish-event';
import { updateMechanism } from '@/server/mechanisms/update-mechanism';

import { isChangeEntityType, parsePayload, readPayload } from './change-payload';

export type ApplyChangeOptions = {
  actor: Actor;
  change: ChangeRequest;
  /** The mechanism version the reviewer saw the diff against; stale → CONFLICT. */
  entityVersion?: number;
};

/**
 * Applies an approved proposal through the editors' own domain functions (so it is validated and
 * audited the same way) and returns the id of the changed or created content.
 */
export const applyChange = async ({ actor, change, entityVersion }: ApplyChangeOptions) => {
  if (!isChangeEntityType(change.entityType)) throw new AppError('INVALID_INPUT', 'entityType');
  const { values, fileId } = readPayload(change.payload);

  if (change.entityType === 'mechanism') {
    const data = parsePayload('mechanism', values);
    const current = await prisma.mechanism.findUnique({
      where: { id: change.mechanismId },
      select: { version: true },
    });
    if (!current) throw new AppError('NOT_FOUND', 'mechanism');
    await updateMechanism({
      actor,
      id: change.mechanismId,
      data: { ...data, version: entityVersion ?? current.version },
    });
    return change.mechanismId;
  }
  if (change.entityType === 'document') {
    const document = await createDocument({
      actor,
      data: parsePayload('document', values),
      fileId,
    });
    await publishDocument({ actor, id: document.id, published: true });
    return document.id;
  }
  const event = await createEvent({ actor, data: parsePayload('event', values) });
  await publishEvent({ actor, id: event.id, published: true });
  return event.id;
};
