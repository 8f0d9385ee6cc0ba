import { z } from 'zod';

import { InstitutionalModel, MechanismLevel, MechanismStatus } from '@/generated/prisma/enums';

import { zOptionalParam, ZSlugSchema } from './search-params';

export const SEARCH_QUERY_MAX_LENGTH = 200;

/** Query string of the mechanism directory. Invalid values are dropped, so the page never fails. */
export const ZMechanismListQuerySchema = z.object({
  q: zOptionalParam(z.string().transform((q) => q.slice(0, SEARCH_QUERY_MAX_LENGTH))),
  country: zOptionalParam(ZSlugSchema),
  level: zOptionalParam(z.enum(MechanismLevel)),
  model: zOptionalParam(z.enum(InstitutionalModel)),
  status: zOptionalParam(z.enum(MechanismStatus)),
});

export type TMechanismListQuerySchema = z.infer<typeof ZMechanismListQuerySchema>;
