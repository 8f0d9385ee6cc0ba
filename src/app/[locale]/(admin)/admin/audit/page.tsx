import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { ZAuditQuerySchema } from '@/lib/validation/audit';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findAuditEntries } from '@/server/users/find-audit-entries';

import { AuditView } from './audit-view';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = async ({ params }: PageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'AdminAudit' });
  return { title: t('title') };
};

export default async function AdminAuditPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(locale, 'audit.read');
  const query = ZAuditQuerySchema.parse(await searchParams);
  const result = await findAuditEntries({ actor: user, ...query, locale });
  return <AuditView result={result} action={query.action} />;
}
