import { describe, expect, it } from 'vitest';

import { ZEventIcsQuerySchema, ZEventListQuerySchema } from './events';
import { ZMechanismListQuerySchema } from './mechanisms';

describe('list query schemas', () => {
  it('keeps valid mechanism filters, trimmed, first of repeated keys', () => {
    expect(
      ZMechanismListQuerySchema.parse({
        q: ['  defensoría ', 'other'],
        country: 'peru',
        level: 'LOCAL',
        model: 'MULTIPLE_BODIES',
        status: 'OPERATIONAL',
      }),
    ).toEqual({
      q: 'defensoría',
      country: 'peru',
      level: 'LOCAL',
      model: 'MULTIPLE_BODIES',
      status: 'OPERATIONAL',
    });
  });

  it('drops invalid or empty mechanism filters instead of failing', () => {
    expect(
      ZMechanismListQuerySchema.parse({
        q: '   ',
        country: 'ZZZ<script>',
        level: 'foo',
        model: '',
        status: ['nope'],
        year: 'abc',
      }),
    ).toEqual({});
    expect(ZMechanismListQuerySchema.parse({ q: 'a'.repeat(500) }).q).toHaveLength(200);
  });

  it('parses event filters and drops bad ones', () => {
    expect(
      ZEventListQuerySchema.parse({ country: 'argentina', kind: 'WEBINAR', year: '2013' }),
    ).toEqual({ country: 'argentina', kind: 'WEBINAR', year: 2013 });
    expect(ZEventListQuerySchema.parse({ country: 'zz z', kind: 'foo', year: 'abc' })).toEqual({});
    expect(ZEventListQuerySchema.parse({ year: '20.5' })).toEqual({});
  });

  it('defaults the .ics language to Spanish', () => {
    expect(ZEventIcsQuerySchema.parse({ locale: 'pt' })).toEqual({ locale: 'pt' });
    expect(ZEventIcsQuerySchema.parse({ locale: 'fr' })).toEqual({ locale: 'es' });
    expect(ZEventIcsQuerySchema.parse({})).toEqual({ locale: 'es' });
  });
});
