import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import {
  type TCreateMechanismSchema,
  type TMechanismProfileSchema,
  ZCreateMechanismSchema,
  ZUpdateMechanismSchema,
} from '@/lib/validation/mechanisms';
import {
  type ContentForEdit,
  defineContentType,
  EDITORIAL_PERMISSIONS,
} from '@/server/content/content-type';
import { firstText, toTranslationRows } from '@/server/content/translation-rows';
import { pickTranslation } from '@/server/i18n/pick-translation';

/** A focal point's approved proposal carries only the profile; editors' forms the structure too. */
export type MechanismWriteInput = TMechanismProfileSchema & Partial<TCreateMechanismSchema>;

const toMechanismWriteData = (data: MechanismWriteInput) => {
  const profile = {
    acronym: data.acronym,
    website: data.website,
    email: data.email,
    phone: data.phone,
    address: data.address,
  };
  const structure =
    data.countryId === undefined
      ? {}
      : {
          countryId: data.countryId,
          level: data.level,
          parentId: data.parentId ?? null,
          jurisdiction: data.jurisdiction ?? null,
          model: data.model ?? null,
          operationalStatus: data.operationalStatus ?? null,
          originalLocale: data.originalLocale,
          legalBasisDate: data.legalBasisDate ?? null,
          designatedYear: data.designatedYear ?? null,
          designatedOn: data.designatedOn ?? null,
          sources: data.sources,
          staffNotes: data.staffNotes ?? null,
        };
  return {
    scalars: { ...profile, ...structure },
    translations: toTranslationRows(data.translations),
  };
};

/** Everything the back-office form edits; also the before/after of audit entries. */
export const mechanismEditSelect = {
  id: true,
  slug: true,
  countryId: true,
  level: true,
  parentId: true,
  jurisdiction: true,
  acronym: true,
  model: true,
  operationalStatus: true,
  originalLocale: true,
  legalBasisDate: true,
  designatedYear: true,
  designatedOn: true,
  website: true,
  email: true,
  phone: true,
  address: true,
  sources: true,
  staffNotes: true,
  status: true,
  version: true,
  updatedAt: true,
  translations: { select: { locale: true, name: true, legalBasis: true, notes: true } },
} satisfies Prisma.MechanismSelect;

const listSelect = {
  acronym: true,
  jurisdiction: true,
  country: { select: { slug: true, translations: { select: { locale: true, name: true } } } },
} satisfies Prisma.MechanismSelect;

/** National and local preventive mechanisms: drafts until published. */
export const mechanismType = defineContentType<
  'mechanism',
  typeof mechanismEditSelect,
  MechanismWriteInput,
  MechanismWriteInput & { version: number },
  { acronym: string | null; jurisdiction: string | null; countryName: string }
>({
  model: 'mechanism',
  list: '/admin/mechanisms',
  permissions: EDITORIAL_PERMISSIONS,
  afterSave: 'item',
  versioned: true,
  schemas: { create: ZCreateMechanismSchema, update: ZUpdateMechanismSchema },
  labelField: 'name',
  editSelect: mechanismEditSelect,
  adminList: {
    orderBy: [{ country: { slug: 'asc' } }, { level: 'asc' }, { slug: 'asc' }],
    // A mechanism "lacks" a language when it has no name in it.
    lacks: (locale) => ({ translations: { none: { locale, name: { not: null } } } }),
    officialLabel: true,
    select: listSelect,
    toColumns: (row: Prisma.MechanismGetPayload<{ select: typeof listSelect }>, locale) => ({
      acronym: row.acronym,
      jurisdiction: row.jurisdiction,
      countryName:
        pickTranslation(row.country.translations, locale, 'es')?.name ?? row.country.slug,
    }),
  },
  toWriteData: toMechanismWriteData,
  slugSource: (data) =>
    data.acronym ??
    data.jurisdiction ??
    ((data.originalLocale && firstText(data.translations, data.originalLocale, 'name')) ||
      'mechanism'),
});

export type MechanismForEdit = ContentForEdit<typeof mechanismType>;
