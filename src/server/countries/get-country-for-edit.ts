import 'server-only';

import { prisma } from '@/server/db';

import { countryEditSelect } from './country-edit-select';

export type GetCountryForEditOptions = { id: string };

/** Drafts included: only for the back office. */
export const getCountryForEdit = ({ id }: GetCountryForEditOptions) =>
  prisma.country.findUnique({ where: { id }, select: countryEditSelect });
