import { getTranslations } from 'next-intl/server';

import type { AdminNavItem } from '@/components/admin/admin-nav-items';
import { Link } from '@/i18n/link';

export type DashboardViewProps = { items: readonly AdminNavItem[]; denied: boolean };

export const DashboardView = async ({ items, denied }: DashboardViewProps) => {
  const [t, tShell] = await Promise.all([getTranslations(), getTranslations('AdminShell')]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{tShell('title')}</h1>
      {denied && (
        <p role="alert" className="rounded border-2 border-alert-700 bg-red-50 p-4 font-semibold">
          {tShell('denied')}
        </p>
      )}
      <section aria-labelledby="admin-sections" className="space-y-3">
        <h2 id="admin-sections" className="text-xl font-semibold">
          {tShell('sectionsHeading')}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {items.map((item) => (
            <li key={item.href} className="rounded border border-slate-300 p-4">
              <Link href={item.href} className="font-semibold text-brand-700 underline">
                {item.label(t)}
              </Link>
              {item.description && <p className="mt-1 text-sm">{item.description(t)}</p>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
};
