import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';

/** Paragraphs, headings, lists, links and emphasis; anything else keeps only its text. */
const ALLOWED_ELEMENTS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'a',
  'em',
  'strong',
  'br',
];

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Links go only to http(s) and mailto addresses, judged as a browser parses them (so `JavaScript:`,
 * `java\tscript:` or a `data:` URL never pass); anything else, relative paths included, is dropped.
 */
const safeUrl = (url: string) => {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
};

type ChildrenProps = { children?: ReactNode };

// The page's title is the h1, so the text's top headings (`#` or `##`) are h2s: no level is skipped.
const H2 = ({ children }: ChildrenProps) => (
  <h2 className="mt-8 text-2xl font-semibold">{children}</h2>
);
const H3 = ({ children }: ChildrenProps) => (
  <h3 className="mt-6 text-xl font-semibold">{children}</h3>
);
const H4 = ({ children }: ChildrenProps) => (
  <h4 className="mt-4 text-lg font-semibold">{children}</h4>
);

const COMPONENTS: Components = {
  h1: H2,
  h2: H2,
  h3: H3,
  h4: H4,
  h5: H4,
  h6: H4,
  p: ({ children }) => <p className="my-3">{children}</p>,
  ul: ({ children }) => <ul className="my-3 list-disc space-y-1 pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="my-3 list-decimal space-y-1 pl-6">{children}</ol>,
  // A link whose address was dropped is shown as its text.
  a: ({ href, title, children }) =>
    href ? (
      <a href={href} title={title} rel="noopener nofollow" className="text-brand-700 underline">
        {children}
      </a>
    ) : (
      <>{children}</>
    ),
};

export type MarkdownBodyProps = {
  markdown: string;
  /** The language the text is written in. */
  lang?: string;
};

/**
 * A news body (CommonMark) rendered on the server as React elements: raw HTML is dropped, never
 * rendered, and only the elements above are kept, so nothing an author types can run.
 */
export const MarkdownBody = ({ markdown, lang }: MarkdownBodyProps) => (
  <div lang={lang} className="max-w-3xl text-slate-800">
    <Markdown
      skipHtml
      allowedElements={ALLOWED_ELEMENTS}
      unwrapDisallowed
      urlTransform={safeUrl}
      components={COMPONENTS}
    >
      {markdown}
    </Markdown>
  </div>
);
