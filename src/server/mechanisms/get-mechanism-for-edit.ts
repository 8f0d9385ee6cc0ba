import 'server-only';

import { prisma } from '@/server/db';

import { mechanismEditSelect } from './mechanism-edit-select';

export type GetMechanismForEditOptions = { id: string };

/** Drafts included: only for the back office. */
export const getMechanismForEdit = ({ id }: GetMechanismForEditOptions) =>
  prisma.mechanism.findUnique({ where: { id }, select: mechanismEditSelect });
