import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { toLocale } from '@/server/i18n/to-locale';

type SectionLayoutProps = { children: ReactNode; params: Promise<{ locale: string }> };

// Every page of the section gets a distinct <title> (WCAG 2.4.2).
export const generateMetadata = async ({ params }: SectionLayoutProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale: toLocale(locale), namespace: 'AdminThesaurus' });
  return { title: t('heading') };
};

export default function SectionLayout({ children }: SectionLayoutProps) {
  return children;
}
