import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import { pickOfficialName } from '@/server/i18n/pick-official-name';
import { pickTranslation } from '@/server/i18n/pick-translation';

export const mechanismProfileSelect = {
  id: true,
  slug: true,
  level: true,
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
  translations: { select: { locale: true, name: true, legalBasis: true, notes: true } },
} satisfies Prisma.MechanismSelect;

type MechanismProfileRow = Prisma.MechanismGetPayload<{ select: typeof mechanismProfileSelect }>;

export type MechanismProfile = ReturnType<typeof toMechanismProfile>;

/**
 * The name is the official one, in the mechanism's own language, with a translation into the
 * visitor's language as secondary text. Other texts fall back on their own: a mechanism may have
 * its name in three languages but its legal basis only in the language of the law.
 */
export const toMechanismProfile = (row: MechanismProfileRow, locale: AppLocale) => {
  const { translations, ...facts } = row;
  const pick = (field: 'name' | 'legalBasis' | 'notes') =>
    pickTranslation(
      translations.filter((t) => t[field]),
      locale,
      row.originalLocale,
    );
  const name = pickOfficialName(translations, row.originalLocale, locale);
  const legalBasis = pick('legalBasis');
  const notes = pick('notes');
  return {
    ...facts,
    name: name?.name ?? null,
    nameLocale: name?.locale ?? locale,
    nameTranslation: name?.translation ?? null,
    legalBasis: legalBasis?.legalBasis ?? null,
    legalBasisLocale: legalBasis?.shownLocale ?? locale,
    notes: notes?.notes ?? null,
    notesLocale: notes?.shownLocale ?? locale,
    /** Languages shown instead of the visitor's, for the fallback notice (an official name in
     * its own language is no fallback). */
    fallbackLocales: [
      ...new Set([legalBasis, notes].filter((t) => t?.isFallback).map((t) => t!.shownLocale)),
    ],
  };
};
