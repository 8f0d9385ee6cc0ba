import type { TCorrectionEntityType } from '@/lib/validation/corrections';

/** The public page a correction is about, without the locale. */
export const correctionTargetPath = (entityType: TCorrectionEntityType, slug: string) =>
  `/${entityType === 'country' ? 'countries' : 'mechanisms'}/${slug}`;
