import 'server-only';

import type { ChangeRequest } from '@/generated/prisma/client';
import type { Actor } from '@/server/auth/actor';
import { createContent, publishContent, updateContent } from '@/server/content/lifecycle';
import { cooperationType } from '@/server/cooperations/cooperation-type';
import { prisma } from '@/server/db';
import { documentType } from '@/server/documents/document-type';
import { AppError } from '@/server/errors';
import { eventType } from '@/server/events/event-type';
import { mechanismType } from '@/server/mechanisms/mechanism-type';
import { newsType } from '@/server/news/news-type';
import { createFollowUp } from '@/server/recommendations/create-follow-up';

import { isChangeEntityType, parsePayload, readPayload } from './change-payload';

export type ApplyChangeOptions = {
  actor: Actor;
  change: ChangeRequest;
  /** The mechanism version the reviewer saw the diff against; stale → CONFLICT. */
  entityVersion?: number;
};

/**
 * Applies an approved proposal through the content lifecycle the editors use (so it is validated
 * and audited the same way) and returns the id of the changed or created content.
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
    await updateContent(mechanismType, {
      actor,
      id: change.mechanismId,
      data: { ...data, version: entityVersion ?? current.version },
    });
    return change.mechanismId;
  }
  if (change.entityType === 'document') {
    const document = await createContent(documentType, {
      actor,
      data: parsePayload('document', values),
      extra: { fileId },
    });
    await publishContent(documentType, { actor, id: document.id, published: true });
    return document.id;
  }
  if (change.entityType === 'news') {
    const news = await createContent(newsType, {
      actor,
      data: parsePayload('news', values),
      extra: { imageId: fileId },
    });
    await publishContent(newsType, { actor, id: news.id, published: true });
    return news.id;
  }
  if (change.entityType === 'followUp') {
    const followUp = await createFollowUp({
      actor,
      mechanismId: change.mechanismId,
      data: parsePayload('followUp', values),
      evidenceFileId: fileId,
    });
    return followUp.id;
  }
  if (change.entityType === 'cooperation') {
    const data = parsePayload('cooperation', values);
    const cooperation = await createContent(cooperationType, { actor, data });
    await publishContent(cooperationType, { actor, id: cooperation.id, published: true });
    return cooperation.id;
  }
  const event = await createContent(eventType, { actor, data: parsePayload('event', values) });
  await publishContent(eventType, { actor, id: event.id, published: true });
  return event.id;
};
