import type { UnitStatus } from '@/server/coverage/unit-status';

/**
 * Fills with at least 3:1 contrast against white (WCAG 1.4.11), except "none", the light
 * background the others stand out from; the table beside the map gives every status in words.
 */
export const UNIT_STATUS_FILL: Record<UnitStatus, string> = {
  OPERATIONAL: '#1B7837',
  DESIGNATED: '#0072B2',
  RECORDED: '#5E3C99',
  IN_PROCESS: '#B35C00',
  NONE: '#E2E8F0',
};

export const UnitStatusSwatch = ({ status }: { status: UnitStatus }) => (
  <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" className="shrink-0">
    <rect x="0.5" y="0.5" width="19" height="19" fill={UNIT_STATUS_FILL[status]} stroke="#334155" />
  </svg>
);
