import { describe, expect, it } from 'vitest';

import { ZSubscribeSchema, ZSubscriptionPageQuerySchema } from './subscriptions';

const form = {
  email: '  Ana@Example.ORG ',
  locale: 'pt',
  frequency: 'WEEKLY',
  contentTypes: 'event',
  countryIds: ['c1', 'c1', 'c2'],
};

describe('ZSubscribeSchema', () => {
  it('takes a form as the browser posts it: one ticked box is a string, none is absent', () => {
    expect(ZSubscribeSchema.parse(form)).toEqual({
      email: 'ana@example.org',
      locale: 'pt',
      frequency: 'WEEKLY',
      contentTypes: ['event'],
      countryIds: ['c1', 'c2'],
      mechanismIds: [],
      themeIds: [],
    });
  });

  it('names each problem with a message key', () => {
    const issues = (input: object) =>
      ZSubscribeSchema.safeParse({ ...form, ...input }).error?.issues.map((i) => [
        i.path[0],
        i.message,
      ]);
    expect(issues({ email: '' })).toEqual([['email', 'required']]);
    expect(issues({ email: 'ana@' })).toEqual([['email', 'invalidEmail']]);
    expect(issues({ email: `${'a'.repeat(320)}@x.org` })).toEqual([['email', 'invalidEmail']]);
    expect(issues({ contentTypes: undefined })).toEqual([['contentTypes', 'chooseType']]);
    expect(issues({ contentTypes: ['podcast'] })).toEqual([['contentTypes', 'invalid']]);
    expect(issues({ locale: 'fr' })).toEqual([['locale', 'invalid']]);
    expect(issues({ frequency: 'DAILY' })).toEqual([['frequency', 'invalid']]);
    expect(issues({ themeIds: ['<script>'] })).toEqual([['themeIds', 'invalid']]);
    expect(issues({ mechanismIds: Array.from({ length: 301 }, (_, i) => `m${i}`) })).toEqual([
      ['mechanismIds', 'tooMany'],
    ]);
  });
});

describe('ZSubscriptionPageQuerySchema', () => {
  it('drops anything malformed instead of failing the page', () => {
    expect(ZSubscriptionPageQuerySchema.parse({ token: ['a', 'b'], done: 'hacked' })).toEqual({
      token: undefined,
      done: undefined,
    });
  });
});
