import { readdirSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { hostileProbes } from '../../scripts/security/hostile-corpus';
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
    expect(paths).toContain('/es/recommendations?body=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(paths).toContain('/es/countries/argentina?year=-1');
    expect(paths).toContain(
      '/api/v1/exports/documents.csv?sort=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    );
    expect(paths).toContain('/api/v1/news/%FF');
    expect(paths).toContain('/es/admin/thesaurus/..%2F..%2Fetc%2Fpasswd');
  });
});
