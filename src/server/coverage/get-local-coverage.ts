import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import {
  mechanismProfileSelect,
  toMechanismProfile,
} from '@/server/summaries/to-mechanism-profile';

import { SUBDIVISION_RECORDS } from './subdivisions';
import { type UnitStatus, unitStatusOf } from './unit-status';

export type GetLocalCoverageOptions = { countryId: string; iso2: string; locale: AppLocale };

export type LocalCoverage = NonNullable<Awaited<ReturnType<typeof getLocalCoverage>>>;
export type CoverageUnit = LocalCoverage['units'][number];

/**
 * How many of a federal State's first-level units (prisma/data/subdivisions.json) have a local
 * mechanism on record, and which: each unit with its published local mechanisms. A mechanism
 * belongs to a unit by its ISO 3166-2 code, or, when an editor created it without one, by its
 * jurisdiction's name. Null for a State whose units are not listed.
 */
export const getLocalCoverage = async ({ countryId, iso2, locale }: GetLocalCoverageOptions) => {
  const record = SUBDIVISION_RECORDS[iso2];
  if (!record) return null;
  const rows = await prisma.mechanism.findMany({
    where: { countryId, level: 'LOCAL', status: 'PUBLISHED' },
    select: { ...mechanismProfileSelect, subdivisionCode: true },
    orderBy: { slug: 'asc' },
  });
  const mechanisms = rows.map((row) => ({
    ...toMechanismProfile(row, locale),
    subdivisionCode: row.subdivisionCode,
  }));
  const units = record.units.map((unit) => {
    const own = mechanisms.filter((m) =>
      m.subdivisionCode ? m.subdivisionCode === unit.code : m.jurisdiction === unit.name,
    );
    const status: UnitStatus = unitStatusOf(own.map((m) => m.operationalStatus));
    return { ...unit, status, mechanisms: own };
  });
  const collator = new Intl.Collator(locale);
  units.sort((a, b) => collator.compare(a.name, b.name));
  return {
    unitKind: record.unitKind,
    source: record.source,
    total: units.length,
    covered: units.filter((u) => u.status !== 'NONE' && u.status !== 'IN_PROCESS').length,
    units,
  };
};
