import { geoIdentity, geoPath } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';

import { createRelativePathContext } from './relative-path-context';

const polygon = (...rings: [number, number][][]): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: rings.map((ring) => [...ring, ring[0]!]) },
});

// Reads m/l/z path data back into absolute points, the way an SVG renderer does.
const absolutePoints = (d: string) => {
  const points: string[] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, command, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (command === 'z') {
      [x, y] = [startX, startY];
      points.push('Z');
      continue;
    }
    const numbers = args!.match(/-?(\d+\.?\d*|\.\d+)/g)!.map(Number);
    for (let i = 0; i < numbers.length; i += 2) {
      x += numbers[i]!;
      y += numbers[i + 1]!;
      if (command === 'm' && i === 0) [startX, startY] = [x, y];
      points.push(`${x.toFixed(1)},${y.toFixed(1)}`);
    }
  }
  return points;
};

describe('RelativePathContext', () => {
  const context = createRelativePathContext();
  const draw = (shape: Feature<Polygon>) => {
    geoPath(geoIdentity(), context)(shape);
    return context.result();
  };

  it('writes relative moves and implicit line-tos, rounded to tenths', () => {
    const d = draw(
      polygon([
        [10, 10],
        [20.04, 10],
        [19.9, 15.55],
      ]),
    );
    expect(d).toBe('m10,10,10,0-.1,5.6z');
  });

  it('starts a ring after a closed one from the closed ring’s first point', () => {
    const d = draw(
      polygon(
        [
          [0, 0],
          [10, 0],
          [10, 10],
        ],
        [
          [2, 2],
          [4, 2],
          [4, 4],
        ],
      ),
    );
    expect(absolutePoints(d)).toEqual([
      '0.0,0.0',
      '10.0,0.0',
      '10.0,10.0',
      'Z',
      '2.0,2.0',
      '4.0,2.0',
      '4.0,4.0',
      'Z',
    ]);
  });

  it('does not drift: points read back equal the rounded input', () => {
    const ring: [number, number][] = Array.from({ length: 200 }, (_, i) => [
      100 + 50 * Math.cos(i / 10) + 0.04 * i,
      100 + 50 * Math.sin(i / 7) - 0.03 * i,
    ]);
    const expected = ring.map(
      ([x, y]) => `${(Math.round(x * 10) / 10).toFixed(1)},${(Math.round(y * 10) / 10).toFixed(1)}`,
    );
    expect(absolutePoints(draw(polygon(ring)))).toEqual([...expected, 'Z']);
  });
});
