import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// Sign-in and password pages have nothing to find in search engines.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AuthLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto max-w-md space-y-6">{children}</div>;
}
