import { beforeAll, describe, expect, it } from 'vitest';

import { ZSearchPageQuerySchema } from '@/lib/validation/search';
import { createContent, publishContent } from '@/server/content/lifecycle';
import { recommendationType } from '@/server/recommendations/recommendation-type';

import {
  createActor,
  createTestCountry,
  formInput,
  uniqueTag,
} from '../../../tests/support/backoffice-fixtures';
import { searchContent } from './search-content';

// The tag is in every symbol and text, so queries only see this file's recommendations.
const tag = uniqueTag();
const upper = tag.toUpperCase();
const ids = { published: '', otherParagraph: '', draft: '' };

const search = (locale: 'es' | 'pt' | 'en', params: Record<string, string>) =>
  searchContent({ locale, query: ZSearchPageQuerySchema.parse(params) });
const slugs = (result: Awaited<ReturnType<typeof search>>) =>
  result.items.filter((item) => item.type === 'recommendation').map((item) => item.href);
const plain = (marked: string) => marked.replaceAll('\u0001', '').replaceAll('\u0002', '');

beforeAll(async () => {
  const country = await createTestCountry();
  const editor = await createActor('EDITOR');
  const create = async (
    symbol: string,
    paragraph: string,
    texts: Record<string, string>,
    publish: boolean,
  ) => {
    const { id } = await createContent(recommendationType, {
      actor: editor,
      data: recommendationType.schemas.create.parse(
        formInput({
          body: 'CAT',
          symbol,
          paragraph,
          issuedOn: '2024-05-10',
          originalLocale: 'en',
          position: 'UNKNOWN',
          sourceUrl: 'https://example.org/cat',
          countryIds: country.id,
          ...Object.fromEntries(
            Object.entries(texts).map(([locale, text]) => [`translations.${locale}.text`, text]),
          ),
        }),
      ),
    });
    if (publish) {
      await publishContent(recommendationType, { actor: editor, id, published: true });
    }
    return id;
  };
  ids.published = await create(
    `CAT/C/${upper}/CO/7`,
    '12',
    {
      en: `The State party should guarantee the financial independence of the ${tag} mechanism.`,
      es: `El Estado parte debe garantizar la independencia financiera del mecanismo ${tag}.`,
    },
    true,
  );
  ids.otherParagraph = await create(
    `CAT/C/${upper}/CO/7`,
    '30',
    { en: `The State party should close the ${tag} detention centres.` },
    true,
  );
  ids.draft = await create(
    `CAT/OP/${upper}/1`,
    '5',
    { en: `The State party should guarantee the financial independence of the ${tag} draft.` },
    false,
  );
});

describe('search: recommendations', () => {
  it('finds a published recommendation by words of its text, in each language (stemmed, unaccented)', async () => {
    const english = await search('en', { q: `guaranteeing ${tag} independence` });
    expect(english.items).toHaveLength(1);
    const [item] = english.items;
    expect(item).toMatchObject({ type: 'recommendation', locale: 'en', subtype: 'CAT' });
    expect(plain(item!.title)).toBe(`CAT/C/${upper}/CO/7 § 12`);
    expect(plain(item!.snippet)).toContain('financial independence');
    expect(item!.href).toMatch(/^\/recommendations\//);
    expect(item!.countries).toHaveLength(1);
    expect(english.facets.type).toEqual([{ value: 'recommendation', count: 1 }]);

    const spanish = await search('es', { q: `independencia financiera ${tag}` });
    expect(spanish.items.map((i) => [i.type, i.locale])).toEqual([['recommendation', 'es']]);
    expect(slugs(spanish)).toEqual(slugs(english));
  });

  it('finds recommendations by document symbol, whole, by its leading part, or with the paragraph', async () => {
    const whole = await search('es', { q: `CAT/C/${upper}/CO/7` });
    expect(whole.items.map((i) => plain(i.title)).sort()).toEqual([
      `CAT/C/${upper}/CO/7 § 12`,
      `CAT/C/${upper}/CO/7 § 30`,
    ]);
    const lower = await search('pt', { q: `cat/c/${tag}/co/7` });
    expect(lower.items).toHaveLength(2);
    const leading = await search('en', { q: `CAT/C/${upper}`, type: 'recommendation' });
    expect(leading.items).toHaveLength(2);
    const paragraph = await search('en', { q: `CAT/C/${upper}/CO/7 30` });
    expect(paragraph.items.map((i) => plain(i.title))).toEqual([`CAT/C/${upper}/CO/7 § 30`]);
  });

  it('never finds a draft', async () => {
    expect((await search('en', { q: `CAT/OP/${upper}/1` })).items).toEqual([]);
    expect((await search('en', { q: `CAT/OP/${upper}` })).items).toEqual([]);
    expect((await search('en', { q: `${tag} draft` })).items).toEqual([]);
  });
});
