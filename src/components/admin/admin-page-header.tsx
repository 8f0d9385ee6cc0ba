import type { ReactNode } from 'react';

import { Link } from '@/i18n/link';

export type AdminPageHeaderProps = {
  title: string;
  back?: { href: string; label: string };
  /** Buttons and links next to the title (new, preview, publish…). */
  actions?: ReactNode;
  children?: ReactNode;
};

export const AdminPageHeader = ({ title, back, actions, children }: AdminPageHeaderProps) => (
  <header className="space-y-3">
    {back && (
      <p>
        <Link href={back.href} className="text-brand-700 underline">
          {back.label}
        </Link>
      </p>
    )}
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      {actions && <div className="flex flex-wrap items-center gap-3">{actions}</div>}
    </div>
    {children}
  </header>
);
