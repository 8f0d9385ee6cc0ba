import 'server-only';

import { env } from '@/env';

export type SiteOperator = {
  /** OPERATOR_NAME; null when the installation does not name who runs it. */
  name: string | null;
  /** CONTACT_EMAIL, where the contact form's messages go; null: no contact form. */
  contactEmail: string | null;
};

/** Who runs this installation and how to reach them, as its settings say: nothing is made up. */
export const getSiteOperator = (): SiteOperator => ({
  name: env.OPERATOR_NAME ?? null,
  contactEmail: env.CONTACT_EMAIL ?? null,
});
