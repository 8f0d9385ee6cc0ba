import { describe, expect, it } from 'vitest';

import { followsItem } from './follows-item';

const facets = { published: true, countries: ['pe'], mechanisms: ['pe-npm'], themes: ['women'] };
const none = { contentTypes: ['document'], countryIds: [], mechanismIds: [], themeIds: [] };

describe('followsItem', () => {
  it('takes everything of a followed type when nothing narrower is chosen', () => {
    expect(followsItem(none, 'document', facets)).toBe(true);
    expect(followsItem(none, 'event', facets)).toBe(false);
  });

  it('takes an item about at least one chosen country, mechanism or theme', () => {
    expect(followsItem({ ...none, countryIds: ['cl', 'pe'] }, 'document', facets)).toBe(true);
    expect(followsItem({ ...none, mechanismIds: ['pe-npm'] }, 'document', facets)).toBe(true);
    expect(
      followsItem({ ...none, themeIds: ['women'], countryIds: ['cl'] }, 'document', facets),
    ).toBe(true);
    expect(
      followsItem({ ...none, countryIds: ['cl'], themeIds: ['youth'] }, 'document', facets),
    ).toBe(false);
  });

  it('never takes an item that is no longer published', () => {
    expect(followsItem(none, 'document', { ...facets, published: false })).toBe(false);
  });
});
