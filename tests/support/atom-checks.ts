// Reads an Atom feed the way a strict XML processor and a feed reader do, and fails on anything
// RFC 4287 requires that is missing: well-formed XML with namespaces (saxes), the elements every
// feed and entry must have, absolute IRIs and RFC 3339 dates; then the reader's view of it
// (@rowanmanning/feed-parser, a maintained parser run against real-world feeds).
import { parseFeed } from '@rowanmanning/feed-parser';
import { SaxesParser } from 'saxes';

export type XmlElement = {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** The element's language: its own xml:lang or its nearest ancestor's. */
  lang: string | null;
};

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Well-formed, namespace-aware XML 1.0 as a tree; throws on the first error, as XML requires. */
export const parseXml = (xml: string): XmlElement => {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes = Object.fromEntries(
      Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value]),
    );
    if (tag.uri !== ATOM_NS) throw new Error(`<${tag.name}> is outside the Atom namespace`);
    const parent = stack.at(-1);
    const element: XmlElement = {
      name: tag.local,
      attributes,
      children: [],
      text: '',
      lang: attributes['xml:lang'] ?? parent?.lang ?? null,
    };
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  const addText = (text: string) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error('No root element');
  return root;
};

const only = (parent: XmlElement, name: string, where: string) => {
  const found = parent.children.filter((child) => child.name === name);
  if (found.length !== 1)
    throw new Error(`${where} needs exactly one <${name}>, has ${found.length}`);
  return found[0]!;
};

const checkAbsolute = (iri: string, where: string) => {
  if (!URL.canParse(iri)) throw new Error(`${where}: "${iri}" is not an absolute IRI`);
};

const checkDate = (element: XmlElement | undefined, where: string) => {
  if (element && !RFC3339.test(element.text.trim()))
    throw new Error(`${where}: "${element.text}" is not an RFC 3339 date`);
};

const checkCommon = (element: XmlElement, where: string) => {
  checkAbsolute(only(element, 'id', where).text.trim(), `${where} <id>`);
  only(element, 'title', where);
  checkDate(only(element, 'updated', where), `${where} <updated>`);
  checkDate(
    element.children.find((child) => child.name === 'published'),
    `${where} <published>`,
  );
  const links = element.children.filter((child) => child.name === 'link');
  for (const link of links) checkAbsolute(link.attributes.href ?? '', `${where} <link>`);
  const alternates = links.filter((link) => (link.attributes.rel ?? 'alternate') === 'alternate');
  if (alternates.length > 1) throw new Error(`${where} has ${alternates.length} alternate links`);
  return alternates;
};

/** What a reader shows of the feed, as plain data (the parser's objects hold private fields). */
const readerView = (xml: string) => {
  const parsed = parseFeed(xml);
  return {
    language: parsed.language,
    title: parsed.title,
    description: parsed.description,
    url: parsed.url,
    self: parsed.self,
    updated: parsed.updated,
    items: parsed.items.map((item) => ({
      id: item.id,
      title: item.title,
      description: item.description,
      content: item.content,
      url: item.url,
      published: item.published,
      updated: item.updated,
      categories: item.categories.map(({ term, label }) => ({ term, label })),
    })),
  };
};

/** The feed, checked, as a tree (for attributes such as xml:lang) and as a reader sees it. */
export const readAtomFeed = (xml: string) => {
  const root = parseXml(xml);
  if (root.name !== 'feed') throw new Error(`Root element is <${root.name}>, not <feed>`);
  checkCommon(root, 'feed');
  const feedHasAuthor = root.children.some((child) => child.name === 'author');
  const entries = root.children.filter((child) => child.name === 'entry');
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    const alternates = checkCommon(entry, where);
    // Without content, an entry must link to its page (RFC 4287, 4.1.1 and 4.1.2).
    if (!entry.children.some((child) => child.name === 'content') && alternates.length !== 1)
      throw new Error(`${where} has no alternate link`);
    if (!feedHasAuthor && !entry.children.some((child) => child.name === 'author'))
      throw new Error(`${where} has no author, nor has the feed`);
  });
  return { tree: root, entries, feed: readerView(xml) };
};

/** An element's direct child by name (test convenience). */
export const childOf = (element: XmlElement, name: string) =>
  element.children.find((child) => child.name === name);

type FeedRoute = (
  request: Request,
  context: { params: Promise<{ locale: string }> },
) => Promise<Response>;

/**
 * A feed route as Next.js calls it, on a forged host (links must come from SITE_URL, never from
 * the request): `get` answers the response, `feedOf` the checked feed of a 200 Atom answer.
 */
export const feedRoute = (GET: FeedRoute, path: string) => {
  const get = (locale: string, query = '') =>
    GET(new Request(`http://evil.test/${locale}${path}${query}`), {
      params: Promise.resolve({ locale }),
    });
  const feedOf = async (locale: string, query = '') => {
    const response = await get(locale, query);
    if (response.status !== 200) throw new Error(`${path}: status ${response.status}`);
    const type = response.headers.get('content-type');
    if (type !== 'application/atom+xml; charset=utf-8') throw new Error(`${path}: type ${type}`);
    const xml = await response.text();
    if (xml.includes('evil.test')) throw new Error(`${path}: a link names the request's host`);
    return readAtomFeed(xml);
  };
  return { get, feedOf };
};

/** The slugs of a feed's entries, in order. */
export const entrySlugs = ({ feed }: { feed: { items: { url: string | null }[] } }) =>
  feed.items.map((item) => item.url!.split('/').at(-1));
