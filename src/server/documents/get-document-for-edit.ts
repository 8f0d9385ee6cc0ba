import 'server-only';

import { prisma } from '@/server/db';

import { documentEditSelect } from './document-edit-select';

export type GetDocumentForEditOptions = { id: string };

/** Drafts included: only for the back office. */
export const getDocumentForEdit = ({ id }: GetDocumentForEditOptions) =>
  prisma.document.findUnique({ where: { id }, select: documentEditSelect });
