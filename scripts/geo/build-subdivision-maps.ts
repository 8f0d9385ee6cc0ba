// One-off: turns the public state and province outlines into the small SVG path files of
// prisma/data/geo/ (one per federal State), which the country pages draw without any map library.
// Sources, licences and how to get the inputs: prisma/data/geo/README.md.
//
//   npx tsx scripts/geo/build-subdivision-maps.ts <ne_50m_admin_1_states_provinces.json> \
//     <argentina_provinces_v1.geo.json>
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { geoAzimuthalEqualArea, geoBounds, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

import { createRelativePathContext } from '../../src/components/countries/relative-path-context';
import { SUBDIVISION_RECORDS } from '../../src/server/coverage/subdivisions';

const WIDTH = 600;
const PADDING = 6;
/** Share of points (the least significant first) topojson-simplify removes; the maps stay small. */
const REMOVE = 0.12;

type Units = Record<string, string>;
type SubdivisionMap = { width: number; height: number; units: Units };

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

const codeOf = (f: Feature) => String((f.properties as { iso_3166_2?: string }).iso_3166_2);

/** Simplified with topojson (shared borders stay shared), projected equal-area, as paths. */
const fromGeoJson = (features: Feature[]): SubdivisionMap => {
  const input: FeatureCollection = { type: 'FeatureCollection', features };
  const topo = presimplify(
    topology({ units: input }) as unknown as Parameters<typeof presimplify>[0],
  );
  const simple = simplify(topo, quantile(topo, REMOVE));
  const collection = feature(simple, simple.objects.units!) as unknown as FeatureCollection;
  const [[west, south], [east, north]] = geoBounds(collection);
  const projection = geoAzimuthalEqualArea()
    .rotate([-(west + east) / 2, -(south + north) / 2])
    .fitWidth(WIDTH - 2 * PADDING, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  const height = Math.ceil(y1 - y0 + 2 * PADDING);
  projection.translate([
    projection.translate()[0] + PADDING,
    projection.translate()[1] - y0 + PADDING,
  ]);
  const context = createRelativePathContext();
  const path = geoPath(projection, context);
  const units: Units = {};
  for (const f of collection.features) {
    path(f);
    units[codeOf(f)] = context.result();
  }
  return { width: WIDTH, height, units };
};

/** @svg-maps/mexico's paths (m, M, l, z only), re-written in the same compact relative form. */
const fromSvgMaps = (svg: string): SubdivisionMap => {
  const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
  const units: Units = {};
  for (const [, id, d] of svg.matchAll(/id="(\w+)"[^>]*?\sd="([^"]+)"/g)) {
    const context = createRelativePathContext();
    let [x, y, startX, startY] = [0, 0, 0, 0];
    for (const [, command, args] of d!.matchAll(/([mMlLzZ])([^mMlLzZ]*)/g)) {
      if (command === 'z' || command === 'Z') {
        context.closePath();
        [x, y] = [startX, startY];
        continue;
      }
      const numbers = args!
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);
      const relative = command === 'm' || command === 'l';
      for (let i = 0; i < numbers.length; i += 2) {
        [x, y] = relative ? [x + numbers[i]!, y + numbers[i + 1]!] : [numbers[i]!, numbers[i + 1]!];
        if (i === 0 && (command === 'm' || command === 'M')) {
          context.moveTo(x, y);
          [startX, startY] = [x, y];
        } else context.lineTo(x, y);
      }
    }
    units[`MX-${id!.toUpperCase()}`] = context.result();
  }
  return { width: Number(w), height: Number(h), units };
};

const write = (iso2: string, map: SubdivisionMap) => {
  const expected = SUBDIVISION_RECORDS[iso2]!.units.map((u) => u.code).sort();
  const found = Object.keys(map.units).sort();
  if (expected.join() !== found.join()) {
    throw new Error(`${iso2}: the outlines' codes differ from subdivisions.json: ${found.join()}`);
  }
  const text = `${JSON.stringify(map)}\n`;
  writeFileSync(`prisma/data/geo/${iso2}.json`, text);
  console.log(`${iso2}: ${found.length} units, ${text.length} bytes`);
};

const [ne50Path, argentinaPath] = process.argv.slice(2);
if (!ne50Path || !argentinaPath) throw new Error('Usage: see the comment at the top of the file');

const ne50 = readJson<FeatureCollection>(ne50Path);
write(
  'BR',
  fromGeoJson(ne50.features.filter((f) => (f.properties as { adm0_a3: string }).adm0_a3 === 'BRA')),
);
write('AR', fromGeoJson(readJson<FeatureCollection>(argentinaPath).features));
const require = createRequire(import.meta.url);
write('MX', fromSvgMaps(readFileSync(require.resolve('@svg-maps/mexico/mexico.svg'), 'utf8')));
