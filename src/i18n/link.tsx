import NextLink from 'next/link';
import { useLocale } from 'next-intl';
import type { ComponentProps } from 'react';

import { getPathname, type Href } from './navigation';
import type { AppLocale } from './routing';

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & {
  href: Href;
  /** Another language's version of the page; the current locale when omitted. */
  locale?: AppLocale;
};

/**
 * A link inside the portal, prefixed with the locale. A server component over `next/link`, unlike
 * next-intl's own Link: that one needs next-intl's client runtime (about 18 kB compressed) on every
 * page only to sync the locale cookie, which the proxy already does on the next page load.
 */
export const Link = ({ href, locale, ...rest }: LinkProps) => {
  // A hook, not `await getLocale()`: React renders an async component as a chunk of its own in
  // the page's RSC payload (one per link), a synchronous one inline.
  const current = useLocale();
  const target = locale ?? current;
  // No prefetching: every page is rendered per request, so a prefetch is a full server render
  // (the home page alone would set off 30) for a visit that may never happen.
  return <NextLink href={getPathname({ href, locale: target })} prefetch={false} {...rest} />;
};
