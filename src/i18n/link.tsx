import { useLocale } from 'next-intl';
import type { ComponentProps } from 'react';

import { getPathname, type Href } from './navigation';
import type { AppLocale } from './routing';

type LinkProps = Omit<ComponentProps<'a'>, 'href'> & {
  href: Href;
  /** Another language's version of the page; the current locale when omitted. */
  locale?: AppLocale;
};

/**
 * A link inside the portal, prefixed with the locale: a plain anchor, so following it loads the
 * page like any other visit. `next/link` would fetch the page as an RSC payload instead, which
 * the page cache cannot answer (README, "Links are page loads"): on a launch day every click in the
 * site would be a full server render, while a page load is answered from the cache.
 */
export const Link = ({ href, locale, ...rest }: LinkProps) => {
  // A hook, not `await getLocale()`: React renders an async component as a chunk of its own in
  // the page's RSC payload (one per link), a synchronous one inline.
  const current = useLocale();
  return <a href={getPathname({ href, locale: locale ?? current })} {...rest} />;
};
