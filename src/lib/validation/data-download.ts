import { z } from 'zod';

import { zOptionalParam } from './search-params';

/** `?done=` on the back office's data download page: which notice to show. */
export const ZDataDownloadQuerySchema = z.object({
  done: zOptionalParam(z.enum(['requested'])),
});
