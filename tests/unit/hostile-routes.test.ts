import { readdirSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { hostileProbes, signedInProbes } from '../../scripts/security/hostile-corpus';

const script = () => encodeURIComponent('<script>alert(1)</script>');
import { routeOf, ROUTES } from '../../scripts/security/hostile-routes';

const appRoutes = () =>
  readdirSync('src/app', { recursive: true, encoding: 'utf8' })
    .filter((file) => /(^|\/)(page\.tsx|route\.ts)$/.test(file))
    .map((file) => routeOf(file))
    .sort();

describe('the hostile-input run', () => {
  it('has an entry for every page and route handler of the app, and none for a removed one', () => {
    expect(Object.keys(ROUTES).sort()).toEqual(appRoutes());
  });

  it('names routes as the app does, without route groups', () => {
    expect(routeOf('[locale]/(public)/news/[slug]/page.tsx')).toBe('/[locale]/news/[slug]');
    expect(routeOf('api/v1/exports/[file]/route.ts')).toBe('/api/v1/exports/[file]');
  });

  it('sends hostile values in each dynamic segment and query parameter of a route', () => {
    const paths = hostileProbes().map(({ path }) => path);
    expect(paths).toContain(
      `/es/recommendations?${['body', 'theme', 'status', 'year', 'country'].map((p) => `${p}=${script()}`).join('&')}`,
    );
    expect(paths).toContain(`/api/v1/exports/documents.csv?sort=${'x'.repeat(10_000)}`);
    const breakout = encodeURIComponent('"><img src=x onerror=alert(1)>');
    expect(paths).toContain(`/es/countries/argentina?year=1&year=2&year=${breakout}`);
    expect(paths).toContain('/api/v1/news/%FF');
    expect(paths).toContain(`/es/admin/thesaurus/${script()}`);
  });

  it('probes the back office signed in with the session cookie it is given', () => {
    const probes = signedInProbes('session=1');
    expect(probes.every(({ headers }) => headers?.Cookie === 'session=1')).toBe(true);
    expect(probes.map(({ path }) => path)).toContain(`/es/admin/treaty-check?done=${script()}`);
  });
});
