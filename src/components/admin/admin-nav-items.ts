import type { getTranslations } from 'next-intl/server';

import type { Permission } from '@/server/auth/permissions';

/** The root translator, so an item can name a label in any namespace, checked by tsc. */
type Translate = Awaited<ReturnType<typeof getTranslations<never>>>;

export type AdminNavItem = {
  /** Path without the locale, e.g. `/admin/documents`. */
  href: string;
  /** Who sees the link; null: every signed-in user. Pages and actions check again. */
  permission: Permission | null;
  label: (t: Translate) => string;
  /** Only for users who speak for a mechanism (focal points). */
  requiresMechanism?: boolean;
  /** One line for the dashboard; items without one only appear in the side navigation. */
  description?: (t: Translate) => string;
};

/**
 * The back office's sections, in menu order. Content sections belong to the back-office
 * engineer: add or adjust entries here (one line each); the nav and the dashboard follow.
 */
export const ADMIN_NAV_ITEMS: readonly AdminNavItem[] = [
  { href: '/admin', permission: null, label: (t) => t('AdminShell.nav.dashboard') },
  // — Content (back office) —
  {
    href: '/admin/documents',
    permission: 'content.edit',
    label: (t) => t('AdminDocuments.heading'),
  },
  { href: '/admin/events', permission: 'content.edit', label: (t) => t('AdminEvents.heading') },
  { href: '/admin/news', permission: 'content.edit', label: (t) => t('AdminNews.heading') },
  {
    href: '/admin/mechanisms',
    permission: 'content.edit',
    label: (t) => t('AdminMechanisms.heading'),
  },
  {
    href: '/admin/cooperations',
    permission: 'content.edit',
    label: (t) => t('AdminCooperations.heading'),
  },
  {
    href: '/admin/countries',
    permission: 'countries.edit',
    label: (t) => t('AdminCountries.heading'),
  },
  {
    href: '/admin/recommendations',
    permission: 'content.edit',
    label: (t) => t('AdminRecommendations.heading'),
  },
  {
    href: '/admin/recommendations/import',
    permission: 'content.edit',
    label: (t) => t('RecommendationImport.heading'),
  },
  {
    href: '/admin/import',
    permission: 'content.edit',
    label: (t) => t('ContentImport.heading'),
  },
  { href: '/admin/themes', permission: 'themes.edit', label: (t) => t('AdminThemes.heading') },
  {
    href: '/admin/thesaurus',
    permission: 'thesaurus.edit',
    label: (t) => t('AdminThesaurus.heading'),
  },
  { href: '/admin/sources', permission: 'content.edit', label: (t) => t('AdminSources.heading') },
  {
    href: '/admin/changes',
    permission: 'changes.review',
    label: (t) => t('AdminChanges.heading'),
  },
  {
    href: '/admin/treaty-check',
    permission: 'changes.review',
    label: (t) => t('AdminTreatyCheck.heading'),
  },
  {
    href: '/admin/corrections',
    permission: 'changes.review',
    label: (t) => t('AdminCorrections.heading'),
  },
  {
    href: '/admin/proposals',
    permission: 'mechanism.propose',
    requiresMechanism: true,
    label: (t) => t('AdminChanges.myHeading'),
  },
  {
    href: '/admin/my-recommendations',
    permission: 'mechanism.propose',
    requiresMechanism: true,
    label: (t) => t('MyRecommendations.heading'),
  },
  {
    href: '/admin/mail-queue',
    permission: 'mail.queue',
    label: (t) => t('AdminMailQueue.title'),
    description: (t) => t('AdminMailQueue.describe'),
  },
  {
    href: '/admin/data-download',
    permission: 'dataDownload.build',
    label: (t) => t('AdminDataDownload.heading'),
  },
  // — Accounts and security —
  {
    href: '/admin/users',
    permission: 'users.manage',
    label: (t) => t('AdminShell.nav.users'),
    description: (t) => t('AdminShell.describe.users'),
  },
  {
    href: '/admin/audit',
    permission: 'audit.read',
    label: (t) => t('AdminShell.nav.audit'),
    description: (t) => t('AdminShell.describe.audit'),
  },
  {
    href: '/admin/account',
    permission: null,
    label: (t) => t('AdminShell.nav.account'),
    description: (t) => t('AdminShell.describe.account'),
  },
];
