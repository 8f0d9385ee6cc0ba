import { getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';
import type { Href } from '@/i18n/navigation';

export type SubscribeLink = {
  href: Href;
  /** What the link is, e.g. "Atom feed of these documents". */
  label: string;
  type: 'application/atom+xml' | 'text/calendar';
};

export type SubscribeLinksProps = { links: SubscribeLink[] };

/** "Subscribe to this list": the list's feed and calendar with its current filters. */
export const SubscribeLinks = async ({ links }: SubscribeLinksProps) => {
  const t = await getTranslations('Feeds');
  return (
    <section
      aria-labelledby="subscribe"
      className="space-y-2 rounded border border-slate-200 bg-slate-50 p-4 print:hidden"
    >
      <h2 id="subscribe" className="text-lg font-semibold">
        {t('subscribeHeading')}
      </h2>
      <p className="text-sm text-slate-700">{t('subscribeHint')}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map(({ href, label, type }) => (
          <li key={type}>
            <Link href={href} type={type} className="break-words text-brand-700 underline">
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
};
