import { z } from 'zod';

/** Audit log list: bad values fall back to the first page instead of failing. */
export const ZAuditQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  action: z
    .string()
    .regex(/^[a-z][a-z.-]{0,60}$/)
    .optional()
    .catch(undefined),
});
export type TAuditQuerySchema = z.infer<typeof ZAuditQuerySchema>;
