import 'server-only';

import { env } from '@/env';
import { DATA_LICENCES, type DataLicence } from '@/lib/data-licence';

/** The licence the portal's data is published under (DATA_LICENCE, CC BY 4.0 by default). */
export const getDataLicence = (): DataLicence => DATA_LICENCES[env.DATA_LICENCE];
