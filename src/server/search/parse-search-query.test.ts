import { describe, expect, it } from 'vitest';

import { parseSearchQuery } from './parse-search-query';

describe('parseSearchQuery', () => {
  it('matches the last word as a prefix', () => {
    expect(parseSearchQuery('  mecanismo  nacional de prev ')).toEqual({
      text: 'mecanismo nacional de prev',
      rest: 'mecanismo nacional de',
      prefix: 'prev',
      words: ['mecanismo', 'nacional', 'de', 'prev'],
      positive: true,
    });
  });

  it.each([
    ['a word inside an open phrase', '"privadas de liber'],
    ['a closed phrase', '"privadas de libertad"'],
    ['an excluded word', 'tortura -comisarías'],
    ['the other side of an or', 'cárceles or comisarías'],
    ['a word of two letters', 'tortura en'],
    ['a word joined by punctuation', 'ill-treatment'],
  ])('does not use a prefix for %s', (_case, input) => {
    expect(parseSearchQuery(input).prefix).toBeNull();
  });

  it('removes control characters and lone surrogates, and cuts long input', () => {
    expect(parseSearchQuery('tor\u0000tura \ud800 x').text).toBe('tor tura x');
    expect(Array.from(parseSearchQuery('a😀'.repeat(300)).text)).toHaveLength(200);
    // Without a single letter or digit there is nothing to search for.
    expect(parseSearchQuery('😀'.repeat(500)).positive).toBe(false);
  });

  it('composes accents typed as combining marks', () => {
    expect(parseSearchQuery('prevencio\u0301n').text).toBe('prevención');
  });
});

describe('parseSearchQuery with exclusions only', () => {
  it.each(['-1', '-foo -bar', '-"a phrase"', '- -'])(
    '%s asks for nothing: it matches nothing',
    (input) => {
      expect(parseSearchQuery(input)).toMatchObject({ text: input, positive: false });
    },
  );

  it('keeps a query that has a word besides its exclusions', () => {
    expect(parseSearchQuery('tortura -1')).toMatchObject({ text: 'tortura -1', positive: true });
  });
});
