import { z } from 'zod';

import { zOptionalParam } from './search-params';

/** The saved UNTC pages are about 1 MB (CAT) and 170 kB (OPCAT). */
export const TREATY_PAGE_MAX_BYTES = 5 * 1024 * 1024;

const zPage = z
  .instanceof(File)
  .refine((file) => file.size <= TREATY_PAGE_MAX_BYTES, { error: 'fileTooLarge' })
  .optional();

/** An editor's run of the treaty check: the saved CAT page, the OPCAT page, or both. */
export const ZTreatyCheckSchema = z
  .object({ cat: zPage, opcat: zPage })
  .refine((pages) => pages.cat || pages.opcat, { error: 'pageRequired', path: ['cat'] });

export type TTreatyCheckSchema = z.infer<typeof ZTreatyCheckSchema>;

/** `?done=` after a run from the page: which notice to show. */
export const ZTreatyCheckQuerySchema = z.object({
  done: zOptionalParam(z.enum(['checked', 'checkFailed'])),
});
