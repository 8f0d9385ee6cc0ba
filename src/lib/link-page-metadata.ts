import type { Metadata } from 'next';

/**
 * The pages a mailed link opens: nothing for search engines, and their token (in the URL) is
 * kept out of the Referer sent to any other site. `same-origin`, not `no-referrer`: with the
 * latter, browsers send `Origin: null` with the page's forms, and Next.js refuses a server action
 * whose Origin is not the site's (its CSRF check), so the buttons would fail without JavaScript.
 */
export const linkPageMetadata = (title: string): Metadata => ({
  title,
  robots: { index: false, follow: false },
  referrer: 'same-origin',
});
