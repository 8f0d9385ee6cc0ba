// prisma/data/recommendations/recommendations.json checked as data: every quoted recommendation
// carries what a citation needs (symbol, paragraph, date, text in the language read, source link)
// and points only at countries, mechanisms and themes the rest of prisma/data defines.
import { describe, expect, it } from 'vitest';

import { zDocumentSymbol, zParagraph } from '@/lib/validation/recommendations';

import { THEMES } from '../../../prisma/seed/themes';
import { LOCAL_MECHANISM_RECORDS, OPCAT_RECORDS, RECOMMENDATION_RECORDS } from './data-files';
import { localSlug, nationalSlug } from './data-keys';

const countries = new Map(OPCAT_RECORDS.map((record) => [record.iso2, record]));
const mechanismSlugs = new Set([
  ...OPCAT_RECORDS.filter((record) => record.npm).map(nationalSlug),
  ...LOCAL_MECHANISM_RECORDS.map((local) =>
    localSlug(countries.get(local.country)!, local.jurisdiction),
  ),
]);
const themeSlugs = new Set<string>(THEMES.map((theme) => theme.slug));

describe('recommendations.json', () => {
  it('holds at least one recommendation', () => {
    expect(RECOMMENDATION_RECORDS.length).toBeGreaterThan(0);
  });

  it.each(RECOMMENDATION_RECORDS.map((record) => [record.slug, record] as const))(
    '%s has a symbol, paragraph, date, quoted text and source link',
    (_slug, record) => {
      expect(['CAT', 'SPT']).toContain(record.body);
      expect(zDocumentSymbol().safeParse(record.symbol).success).toBe(true);
      expect(record.symbol).toMatch(record.body === 'SPT' ? /^CAT\/OP\// : /^CAT\/C\//);
      expect(zParagraph().safeParse(record.paragraph).success).toBe(true);
      expect(record.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${record.issuedOn}T00:00:00Z`).toISOString()).toContain(record.issuedOn);
      expect(['es', 'pt', 'en']).toContain(record.textLocale);
      expect(record.text.trim().length).toBeGreaterThan(40);
      // A recommendation, not an observation: the quoted paragraph itself recommends.
      expect(record.text).toMatch(/recommend|recomienda|urge|insta|should|debe|recomenda|deve/i);
      expect(record.sourceUrl).toMatch(/^https:\/\/\S+$/);
      expect(record.sourceTitle).toContain(record.symbol);
    },
  );

  it('links only countries, mechanisms and themes that prisma/data defines', () => {
    for (const record of RECOMMENDATION_RECORDS) {
      expect(countries.has(record.country), record.slug).toBe(true);
      for (const slug of record.mechanisms) expect(mechanismSlugs.has(slug), slug).toBe(true);
      for (const slug of record.themes) expect(themeSlugs.has(slug), slug).toBe(true);
    }
  });

  it('names each paragraph once, under a slug read from its citation', () => {
    const slugs = RECOMMENDATION_RECORDS.map((record) => record.slug);
    const citations = RECOMMENDATION_RECORDS.map((r) => `${r.symbol} ${r.paragraph}`);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(citations).size).toBe(citations.length);
    for (const record of RECOMMENDATION_RECORDS) {
      const fromCitation = `${record.symbol} ${record.paragraph}`
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
      expect(record.slug).toBe(fromCitation);
    }
  });
});
