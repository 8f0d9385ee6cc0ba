import 'server-only';

import type { FormValues } from '@/lib/forms/form-state';
import type { TCorrectionEntityType } from '@/lib/validation/corrections';
import { countryType } from '@/server/countries/country-type';
import { toCountryFormValues } from '@/server/countries/to-country-form-values';
import { prisma } from '@/server/db';
import { mechanismEditSelect } from '@/server/mechanisms/mechanism-type';
import { toMechanismFormValues } from '@/server/mechanisms/to-mechanism-form-values';

export type GetCorrectionEntityOptions = { entityType: TCorrectionEntityType; entityId: string };

export type CorrectionEntity = { version: number; values: FormValues };

/**
 * The corrected country or mechanism as the editors' own form loads it: its version and every
 * input's value, so a correction changes one input and saves the rest as they are.
 */
export const getCorrectionEntity = async ({
  entityType,
  entityId,
}: GetCorrectionEntityOptions): Promise<CorrectionEntity | null> => {
  if (entityType === 'country') {
    const row = await prisma.country.findUnique({
      where: { id: entityId },
      select: countryType.editSelect,
    });
    return row && { version: row.version, values: toCountryFormValues(row) };
  }
  const row = await prisma.mechanism.findUnique({
    where: { id: entityId },
    select: mechanismEditSelect,
  });
  return row && { version: row.version, values: toMechanismFormValues(row) };
};
