import 'server-only';

import { prisma } from '@/server/db';

import { cooperationEditSelect } from './cooperation-edit-select';

export type GetCooperationForEditOptions = { id: string };

/** Drafts included: only for the back office. */
export const getCooperationForEdit = ({ id }: GetCooperationForEditOptions) =>
  prisma.cooperation.findUnique({ where: { id }, select: cooperationEditSelect });
