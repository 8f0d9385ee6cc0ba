import { describe, expect, it } from 'vitest';

import { createQueryHref, withoutKeys } from './query-href';

type Query = { q: string; theme?: string; year?: number; sort: 'newest' | 'title'; page: number };

const listHref = createQueryHref<Query>('/list', { page: 1, sort: 'newest' });
const query: Query = { q: 'tortura', theme: 'prisons', year: 2019, sort: 'title', page: 3 };

describe('createQueryHref', () => {
  it('applies the changes and leaves out unset, empty and default values', () => {
    expect(listHref(query)).toEqual({
      pathname: '/list',
      query: { q: 'tortura', theme: 'prisons', year: '2019', sort: 'title', page: '3' },
    });
    expect(listHref(query, { q: '', theme: undefined, sort: 'newest', page: 1 })).toEqual({
      pathname: '/list',
      query: { year: '2019' },
    });
  });

  it('removes the keys given to withoutKeys', () => {
    expect(listHref(query, { ...withoutKeys(['theme', 'year'] as const), page: 1 })).toEqual({
      pathname: '/list',
      query: { q: 'tortura', sort: 'title' },
    });
  });
});
