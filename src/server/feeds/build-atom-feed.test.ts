import { describe, expect, it } from 'vitest';

import { childOf, readAtomFeed } from '../../../tests/support/atom-checks';
import { type AtomEntry, buildAtomFeed } from './build-atom-feed';

const site = 'https://prevenir.example.org/';
const base = {
  locale: 'en' as const,
  title: 'Events – Prevenir',
  subtitle: 'Conferences & workshops',
  pageUrl: `${site}en/events?country=peru&kind=WORKSHOP`,
  feedUrl: `${site}en/events/feed.xml?country=peru&kind=WORKSHOP`,
  siteUrl: `${site}en`,
};
const entry = (name: string, changes: Partial<AtomEntry> = {}): AtomEntry => ({
  id: `tag:prevenir.example.org,2026:en/events/${name}`,
  url: `${site}en/events/${name}`,
  title: `Event ${name}`,
  summary: `About ${name}.`,
  lang: 'en',
  updated: new Date('2030-01-02T03:04:05.000Z'),
  ...changes,
});

describe('buildAtomFeed', () => {
  it('writes a valid Atom feed with its links, language and latest update', () => {
    const xml = buildAtomFeed({
      ...base,
      entries: [
        entry('a', { updated: new Date('2030-01-01T00:00:00Z') }),
        entry('b', {
          updated: new Date('2030-03-01T12:00:00Z'),
          published: new Date('2029-12-31T00:00:00Z'),
          categories: [{ term: 'WORKSHOP', label: 'Workshop' }],
        }),
      ],
    });
    const { tree, feed, entries } = readAtomFeed(xml);
    expect(tree.attributes['xml:lang']).toBe('en');
    expect(feed.language).toBe('en');
    expect(feed.title).toBe('Events – Prevenir');
    expect(feed.description).toBe('Conferences & workshops');
    expect(feed.url).toBe(base.pageUrl);
    expect(feed.self).toBe(base.feedUrl);
    expect(feed.updated).toEqual(new Date('2030-03-01T12:00:00Z'));
    expect(feed.items.map((item) => item.url)).toEqual([
      `${site}en/events/a`,
      `${site}en/events/b`,
    ]);
    expect(feed.items[1]).toMatchObject({
      id: 'tag:prevenir.example.org,2026:en/events/b',
      title: 'Event b',
      published: new Date('2029-12-31T00:00:00Z'),
      updated: new Date('2030-03-01T12:00:00Z'),
    });
    expect(feed.items[1]!.categories).toEqual([{ term: 'WORKSHOP', label: 'Workshop' }]);
    expect(feed.items[0]!.published).toBeNull();
    // Same language as the feed: nothing to mark.
    expect(childOf(entries[0]!, 'title')!.attributes['xml:lang']).toBeUndefined();
  });

  it('marks the title and summary of an entry shown in another language, not its details', () => {
    const xml = buildAtomFeed({
      ...base,
      entries: [
        entry('fallback', {
          lang: 'es',
          title: 'Taller en Lima',
          summary: 'Resumen en español.\nSegunda línea.\n\n Otro párrafo. ',
          details: ['August 14–16, 2030 · Lima, Peru'],
        }),
      ],
    });
    const { entries, feed } = readAtomFeed(xml);
    const [fallback] = entries;
    expect(childOf(fallback!, 'title')!.attributes['xml:lang']).toBe('es');
    expect(childOf(fallback!, 'summary')!.attributes['xml:lang']).toBe('es');
    expect(childOf(fallback!, 'id')!.lang).toBe('en');
    // The summary is HTML: the details line keeps the feed's language.
    expect(childOf(fallback!, 'summary')!.text).toBe(
      '<p lang="en">August 14–16, 2030 · Lima, Peru</p>' +
        '<p>Resumen en español.<br>Segunda línea.</p><p>Otro párrafo.</p>',
    );
    expect(feed.items[0]!.title).toBe('Taller en Lima');
  });

  it('escapes text that looks like markup or would end a CDATA section', () => {
    const hostile = '<script>alert(1)</script> & ]]> <entry> <title type="html">';
    const xml = buildAtomFeed({
      ...base,
      entries: [entry('x', { title: hostile, summary: hostile, lang: 'pt' }), entry('y')],
    });
    const { feed, entries } = readAtomFeed(xml);
    expect(xml).not.toContain('<script');
    // A reader decodes the HTML title back to the text as written, never to markup.
    expect(feed.items[0]!.title).toBe(hostile);
    expect(childOf(entries[0]!, 'summary')!.text).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; &lt;entry&gt; &lt;title type=&quot;html&quot;&gt;</p>',
    );
    // Two entries, each with its own language marks, whatever the first one's text held.
    expect(entries).toHaveLength(2);
    expect(childOf(entries[0]!, 'title')!.attributes['xml:lang']).toBe('pt');
    expect(childOf(entries[1]!, 'title')!.attributes['xml:lang']).toBeUndefined();
  });

  it('keeps an empty feed valid, updated at the given time', () => {
    const now = new Date('2031-05-06T07:08:09Z');
    const { feed, entries } = readAtomFeed(buildAtomFeed({ ...base, entries: [], now }));
    expect(entries).toHaveLength(0);
    expect(feed.updated).toEqual(now);
  });
});
