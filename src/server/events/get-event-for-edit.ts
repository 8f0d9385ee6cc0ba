import 'server-only';

import { prisma } from '@/server/db';

import { eventEditSelect } from './event-edit-select';

export type GetEventForEditOptions = { id: string };

/** Drafts included: only for the back office. */
export const getEventForEdit = ({ id }: GetEventForEditOptions) =>
  prisma.event.findUnique({ where: { id }, select: eventEditSelect });
