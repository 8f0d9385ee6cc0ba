import type { CitedEntityType } from '@/lib/facts';
import type { Permission } from '@/server/auth/permissions';

/** Who may edit a fact's sources: whoever may edit the country or mechanism itself. */
export const CITATION_PERMISSION: Record<CitedEntityType, Permission> = {
  country: 'countries.edit',
  mechanism: 'content.edit',
};
