import type { OpcatMapStatus } from '@/server/countries/opcat-map-status';

const NO_NPM_ORANGE = '#B35C00';

/**
 * Fills with at least 3:1 contrast against white (WCAG 1.4.11). Blue and orange stay apart for
 * colour-blind readers; the colours they could confuse get patterns: stripes for overdue, dots
 * for signatories, and a grid over the "no NPM yet" orange for a deadline that is unknown.
 */
export const STATUS_FILL: Record<OpcatMapStatus, string> = {
  'npm-overdue': 'url(#opcat-map-stripes)',
  'npm-deadline-unknown': 'url(#opcat-map-grid)',
  'npm-pending': NO_NPM_ORANGE,
  'npm-designated': '#0072B2',
  signed: 'url(#opcat-map-dots)',
  'not-party': '#5F6B7A',
};

const OVERDUE_RED = '#B2182B';
const SIGNED_PURPLE = '#7B3294';

/** Defines the patterns once per page, inside the map's <svg>; legend swatches reuse them. */
export const OpcatMapPatterns = () => (
  <defs>
    <pattern
      id="opcat-map-stripes"
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="6" height="6" fill={OVERDUE_RED} />
      <rect width="1.5" height="6" fill="#fff" />
    </pattern>
    <pattern id="opcat-map-grid" width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill={NO_NPM_ORANGE} />
      <path d="M0 0.5H6M0.5 0V6" stroke="#fff" strokeWidth="1" />
    </pattern>
    <pattern id="opcat-map-dots" width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill={SIGNED_PURPLE} />
      <circle cx="3" cy="3" r="1.2" fill="#fff" />
    </pattern>
  </defs>
);

export const StatusSwatch = ({ status }: { status: OpcatMapStatus }) => (
  <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" className="shrink-0">
    <rect x="0.5" y="0.5" width="19" height="19" fill={STATUS_FILL[status]} stroke="#334155" />
  </svg>
);
