import 'server-only';

import { geoAzimuthalEqualArea, geoBounds, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

import { ISO_NUMERIC } from './iso-numeric';
import { createRelativePathContext } from './relative-path-context';

export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 700;
const PADDING = 8;
// Generous box around the frame (degrees) for the grey context countries.
const NEAR = { south: -62, north: 40, east: -20 };

export type OpcatMapGeometry = {
  /** SVG path data of each covered country, by ISO alpha-2 code. */
  countries: ReadonlyMap<string, string>;
  /** Every other country inside the frame, as one path (context only). */
  context: string;
};

type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const project = (): OpcatMapGeometry => {
  const topology = world as unknown as WorldTopology;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  const alpha2ByNumeric = new Map(Object.entries(ISO_NUMERIC).map(([a2, num]) => [num, a2]));
  const covered = all.features.filter((f) => alpha2ByNumeric.has(String(f.id)));

  // Equal-area, centred on the region: country sizes compare fairly, and Mexico and the
  // Southern Cone are less distorted than in Mercator.
  const projection = geoAzimuthalEqualArea()
    .rotate([75, 10])
    .fitExtent(
      [
        [PADDING, PADDING],
        [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING],
      ],
      { type: 'FeatureCollection', features: covered },
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  const context = createRelativePathContext();
  const path = geoPath(projection, context);

  const countries = new Map<string, string>();
  for (const f of covered) {
    path(f);
    const d = context.result();
    if (d) countries.set(alpha2ByNumeric.get(String(f.id))!, d);
  }
  // Every other nearby country accumulates into one path: a single element to render.
  // Countries far from the frame are skipped before projecting: clipping them costs most.
  for (const f of all.features) {
    if (alpha2ByNumeric.has(String(f.id))) continue;
    const [[west, south], [east, north]] = geoBounds(f);
    if (south > NEAR.north || north < NEAR.south || (west > NEAR.east && east > west)) continue;
    path(f);
  }
  return { countries, context: context.result() };
};

let cached: OpcatMapGeometry | undefined;

/** The projection does not depend on the request: compute it once per server process. */
export const getOpcatMapGeometry = () => (cached ??= project());
