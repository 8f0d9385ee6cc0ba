import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

type SectionLayoutProps = { children: ReactNode; params: Promise<{ locale: Locale }> };

// Every page of the section gets a distinct <title> (WCAG 2.4.2).
export const generateMetadata = async ({ params }: SectionLayoutProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'AdminCooperations' });
  return { title: t('heading') };
};

export default function SectionLayout({ children }: SectionLayoutProps) {
  return children;
}
