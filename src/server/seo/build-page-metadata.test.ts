import { describe, expect, it, vi } from 'vitest';

// Absolute URLs come from SITE_URL: set before src/env.ts loads.
vi.hoisted(() => {
  process.env.SITE_URL = 'https://prevenir.example.org';
});

const { buildPageMetadata } = await import('./build-page-metadata');

const SITE = 'https://prevenir.example.org';

describe('buildPageMetadata', () => {
  it('gives a page its canonical URL, alternates and Open Graph data in its language', () => {
    const metadata = buildPageMetadata({
      locale: 'pt',
      path: '/countries/peru',
      title: 'Peru',
      description: 'Peru: situação dos tratados',
    });
    expect(metadata.alternates?.canonical).toBe(`${SITE}/pt/countries/peru`);
    expect(metadata.alternates?.languages).toEqual({
      es: `${SITE}/es/countries/peru`,
      pt: `${SITE}/pt/countries/peru`,
      en: `${SITE}/en/countries/peru`,
      'x-default': `${SITE}/es/countries/peru`,
    });
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      title: 'Peru',
      description: 'Peru: situação dos tratados',
      url: `${SITE}/pt/countries/peru`,
      siteName: 'Prevenir',
      locale: 'pt_BR',
      alternateLocale: ['es_419', 'en'],
      images: [
        {
          url: `${SITE}/social/prevenir-pt.png`,
          width: 1200,
          height: 630,
          type: 'image/png',
          alt: 'Prevenir – Rede de prevenção da tortura da América Latina',
        },
      ],
    });
    expect(metadata.twitter).toMatchObject({
      card: 'summary_large_image',
      title: 'Peru',
      images: [{ url: `${SITE}/social/prevenir-pt.png` }],
    });
  });

  it('makes a dated text an article, with only the dates it knows', () => {
    const metadata = buildPageMetadata({
      locale: 'en',
      path: '/news/x',
      title: 'X',
      description: 'Y',
      article: { publishedOn: new Date('2026-03-02T00:00:00Z'), modifiedOn: null },
    });
    expect(metadata.openGraph).toMatchObject({ type: 'article', publishedTime: '2026-03-02' });
    expect(metadata.openGraph).toHaveProperty('modifiedTime', undefined);
  });
});
