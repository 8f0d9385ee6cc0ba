import { describe, expect, it } from 'vitest';

import { ZDocumentListQuerySchema } from './documents';

describe('ZDocumentListQuerySchema', () => {
  it('keeps valid filters', () => {
    expect(
      ZDocumentListQuerySchema.parse({
        theme: 'Legislation',
        type: 'LAW',
        language: 'pt',
        year: '2019',
        sort: 'title',
        page: '3',
      }),
    ).toEqual({
      theme: 'legislation',
      type: 'LAW',
      language: 'pt',
      year: 2019,
      sort: 'title',
      page: 3,
    });
  });

  it('corrects or drops anything invalid', () => {
    expect(
      ZDocumentListQuerySchema.parse({
        page: '-3',
        type: 'foo',
        year: 'abc',
        sort: 'evil',
        theme: '<script>',
        language: '',
        mechanism: ['a-b', 'c'],
        country: '',
      }),
    ).toEqual({ page: 1, sort: 'newest', mechanism: 'a-b' });
    expect(ZDocumentListQuerySchema.parse({ page: '2.5', year: '99999' })).toEqual({
      page: 1,
      sort: 'newest',
    });
  });
});
