import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';

import { ErrorMessagesProvider } from '@/components/layout/error-messages';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { env } from '@/env';
import { routing } from '@/i18n/routing';
import { buildSiteOpenGraph } from '@/server/seo/build-site-open-graph';

import '../globals.css';

// Content changes through the back office: every page reads the database at request time.
export const dynamic = 'force-dynamic';

type LocaleLayoutProps = { children: ReactNode; params: Promise<{ locale: string }> };

export const generateMetadata = async ({ params }: LocaleLayoutProps): Promise<Metadata> => {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const site = buildSiteOpenGraph(locale);
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: `${t('siteName')} – ${t('tagline')}`, template: `%s | ${t('siteName')}` },
    description: t('description'),
    // Defaults for pages without their own (sign-in, 404); buildPageMetadata sets the rest.
    openGraph: { ...site.openGraph, type: 'website' },
    twitter: { card: 'summary_large_image', images: site.twitterImages },
    // public/: fixed root URLs, which browsers and feed readers also request unprompted. The
    // .ico (16, 32 and 48 px) says 32x32, not "any", so that browsers that can take the SVG do.
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '32x32' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: '/apple-touch-icon.png',
    },
  };
};

export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('ErrorPage');

  return (
    <html lang={locale}>
      {/* Words longer than the line (pasted URLs, e-mail addresses) wrap instead of widening it. */}
      <body className="flex min-h-screen flex-col bg-white font-sans wrap-break-word text-slate-900 antialiased">
        <ErrorMessagesProvider
          messages={{ title: t('title'), description: t('description'), retry: t('retry') }}
        >
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </ErrorMessagesProvider>
      </body>
    </html>
  );
}
