import type { MechanismStatus } from '@/generated/prisma/client';

/**
 * Where a state or province stands, from its local mechanisms' recorded statuses: the most
 * advanced one wins. RECORDED: a mechanism is on record (created by law or designated) but the
 * data does not say whether it operates. NONE: no local mechanism on record.
 */
export const UNIT_STATUSES = [
  'OPERATIONAL',
  'DESIGNATED',
  'RECORDED',
  'IN_PROCESS',
  'NONE',
] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const unitStatusOf = (statuses: readonly (MechanismStatus | null)[]): UnitStatus => {
  if (statuses.length === 0) return 'NONE';
  if (statuses.includes('OPERATIONAL')) return 'OPERATIONAL';
  if (statuses.includes('DESIGNATED')) return 'DESIGNATED';
  if (statuses.includes(null)) return 'RECORDED';
  return 'IN_PROCESS';
};
