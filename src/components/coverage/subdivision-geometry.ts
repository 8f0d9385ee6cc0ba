import 'server-only';

import argentina from '../../../prisma/data/geo/AR.json';
import brazil from '../../../prisma/data/geo/BR.json';
import mexico from '../../../prisma/data/geo/MX.json';

/** A federal State's units drawn in a `width` × `height` frame: SVG path data by ISO 3166-2 code. */
export type SubdivisionGeometry = {
  width: number;
  height: number;
  units: Record<string, string>;
};

// Made once by scripts/geo/build-subdivision-maps.ts; sources and licences in
// prisma/data/geo/README.md.
const GEOMETRY: Record<string, SubdivisionGeometry> = { AR: argentina, BR: brazil, MX: mexico };

/** Which source and licence to credit under each map (messages: LocalCoverage.mapCredit). */
export const MAP_CREDIT = { AR: 'osm', BR: 'naturalEarth', MX: 'svgMaps' } as const;

export const getSubdivisionGeometry = (iso2: string): SubdivisionGeometry | null =>
  GEOMETRY[iso2] ?? null;
