import { z } from 'zod';

import { Role } from '@/generated/prisma/enums';

import { ZEmailSchema } from './auth';

export const ZCreateUserSchema = z
  .object({
    email: ZEmailSchema,
    name: z
      .string()
      .trim()
      .max(200, { error: 'tooLong' })
      .optional()
      .transform((name) => name || null),
    role: z.enum(Role, { error: 'required' }),
    mechanismId: z
      .string()
      .trim()
      .optional()
      .transform((id) => id || null),
  })
  .superRefine((value, context) => {
    if (value.role === 'FOCAL_POINT' && !value.mechanismId) {
      context.addIssue({ code: 'custom', path: ['mechanismId'], message: 'required' });
    }
  })
  // Only focal points speak for a mechanism.
  .transform((value) => ({
    ...value,
    mechanismId: value.role === 'FOCAL_POINT' ? value.mechanismId : null,
  }));
export type TCreateUserSchema = z.infer<typeof ZCreateUserSchema>;

export const USER_DONE_KEYS = ['created', 'linkSent', 'deactivated', 'activated'] as const;
export const USER_ERROR_KEYS = ['self', 'inactive', 'mailFailed'] as const;

/** `/admin/users?done=created` or `?error=self` after a redirect. */
export const ZUsersQuerySchema = z.object({
  done: z.enum(USER_DONE_KEYS).optional().catch(undefined),
  error: z.enum(USER_ERROR_KEYS).optional().catch(undefined),
});
export type TUsersQuerySchema = z.infer<typeof ZUsersQuerySchema>;
