import 'server-only';

import { prisma } from '@/server/db';

import { themeEditSelect } from './theme-edit-select';

export type GetThemeForEditOptions = { id: string };

export const getThemeForEdit = ({ id }: GetThemeForEditOptions) =>
  prisma.theme.findUnique({ where: { id }, select: themeEditSelect });
