import 'server-only';

import { Feed } from 'feed';

import type { AppLocale } from '@/i18n/routing';

import { escapeHtml } from './escape-html';

export type AtomEntry = {
  /** Permanent and unique (toEntryId). */
  id: string;
  /** The entry's page, absolute. */
  url: string;
  /** Plain text, in `lang`. */
  title: string;
  /** Plain text, in `lang`. */
  summary: string | null;
  /** Plain-text lines in the feed's language shown before the summary, e.g. dates and place. */
  details?: string[];
  /** The language title and summary are shown in: the feed's, or a fallback (pickTranslation). */
  lang: AppLocale;
  updated: Date;
  published?: Date | null;
  /** A fixed code (`term`) and its label in the feed's language. */
  categories?: { term: string; label: string }[];
};

export type BuildAtomFeedOptions = {
  locale: AppLocale;
  title: string;
  subtitle: string;
  /** The HTML page the feed mirrors, absolute. */
  pageUrl: string;
  /** The feed's own URL, absolute; also its id. */
  feedUrl: string;
  /** The site's home page, absolute: the feed's author. */
  siteUrl: string;
  entries: AtomEntry[];
  /** The feed's `updated` when it has no entries (otherwise the latest entry's). */
  now?: Date;
};

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

const summaryHtml = (entry: AtomEntry, locale: AppLocale) => {
  // The details are in the feed's language even when the summary element is marked otherwise.
  const detailLang = entry.lang === locale ? '' : ` lang="${locale}"`;
  const paragraphs = [
    ...(entry.details ?? []).map((line) => `<p${detailLang}>${escapeHtml(line)}</p>`),
    // A summary's blank lines separate paragraphs, its other line breaks lines, as on the pages.
    ...(entry.summary ?? '')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean)
      .map(
        (paragraph) =>
          `<p>${paragraph
            .split(/\s*\n\s*/)
            .map(escapeHtml)
            .join('<br>')}</p>`,
      ),
  ];
  return paragraphs.length > 0 ? paragraphs.join('') : undefined;
};

/**
 * Marks the feed's language on its root and, for entries shown in another language (a missing
 * translation), on their title and summary. `feed` has no option for `xml:lang`, so it is added
 * to its output. That is safe because every text it holds went through escapeHtml (titles and
 * summaries) or is a URL or date: no `<entry>` or `<title type="html">` can appear in text.
 */
const markLanguages = (xml: string, locale: AppLocale, entries: AtomEntry[]) => {
  const [head = '', ...parts] = xml.split('<entry>');
  if (parts.length !== entries.length || !head.includes(ATOM_ROOT))
    throw new Error('Unexpected Atom output: cannot mark languages');
  const marked = parts.map((part, index) => {
    const lang = entries[index]!.lang;
    if (lang === locale) return part;
    return part
      .replace('<title type="html">', `<title type="html" xml:lang="${lang}">`)
      .replace('<summary type="html">', `<summary type="html" xml:lang="${lang}">`);
  });
  return [
    head.replace(ATOM_ROOT, `${ATOM_ROOT.slice(0, -1)} xml:lang="${locale}">`),
    ...marked,
  ].join('<entry>');
};

/**
 * An Atom 1.0 document (RFC 4287) made by the `feed` library: the feed of any list of the site's
 * content. A content type's feed maps its items to `AtomEntry` and hands them over.
 */
export const buildAtomFeed = ({
  locale,
  title,
  subtitle,
  pageUrl,
  feedUrl,
  siteUrl,
  entries,
  now = new Date(),
}: BuildAtomFeedOptions) => {
  const latest = entries.reduce<Date | null>(
    (max, entry) => (max && max >= entry.updated ? max : entry.updated),
    null,
  );
  const feed = new Feed({
    id: feedUrl,
    title,
    description: subtitle,
    link: pageUrl,
    feed: feedUrl,
    language: locale,
    updated: latest ?? now,
    generator: 'Prevenir',
    author: { name: 'Prevenir', link: siteUrl },
    favicon: new URL('/icon.svg', siteUrl).toString(),
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.id,
      link: entry.url,
      title: escapeHtml(entry.title),
      description: summaryHtml(entry, locale),
      date: entry.updated,
      published: entry.published ?? undefined,
      // `feed` writes attribute values without escaping `<`: labels are the site's own strings,
      // and the guard keeps the XML well-formed should one ever hold it.
      category: entry.categories?.map(({ term, label }) => ({
        term,
        name: label.replace(/</g, '‹'),
      })),
    });
  }
  return markLanguages(feed.atom1(), locale, entries);
};
