import 'server-only';

import { geoAzimuthalEqualArea, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

import { ISO_NUMERIC } from './iso-numeric';

export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 700;
const PADDING = 8;

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
  // One decimal in a 600-unit frame is finer than a screen pixel and keeps the SVG ~20 kB.
  const path = geoPath(projection).digits(1);

  const countries = new Map<string, string>();
  let context = '';
  for (const f of all.features) {
    const d = path(f);
    if (!d) continue;
    const alpha2 = alpha2ByNumeric.get(String(f.id));
    if (alpha2) countries.set(alpha2, d);
    else context += d;
  }
  return { countries, context };
};

let cached: OpcatMapGeometry | undefined;

/** The projection does not depend on the request: compute it once per server process. */
export const getOpcatMapGeometry = () => (cached ??= project());
