import 'server-only';

import type { z } from 'zod';

import type { AppLocale } from '@/i18n/routing';
import type { ZApiMechanismListQuerySchema } from '@/lib/validation/open-data';
import { findMechanisms } from '@/server/mechanisms/find-mechanisms';
import { getMechanism } from '@/server/mechanisms/get-mechanism';
import type { Citations } from '@/server/sources/to-citation';
import type { MechanismProfile } from '@/server/summaries/to-mechanism-profile';

import { apiUrl, pageUrl, toApiDate } from './api-urls';
import { itemBody, listBody, pageOf } from './list-body';
import { toApiCitations } from './to-api-citations';

type ApiMechanismInput = MechanismProfile & {
  citations: Citations;
  country: { slug: string; name: string | null };
};

export const toApiMechanism = (mechanism: ApiMechanismInput, lang: AppLocale) => ({
  slug: mechanism.slug,
  name: mechanism.name,
  nameTranslation: mechanism.nameTranslation,
  acronym: mechanism.acronym,
  country: mechanism.country,
  level: mechanism.level,
  jurisdiction: mechanism.jurisdiction,
  model: mechanism.model,
  operationalStatus: mechanism.operationalStatus,
  originalLanguage: mechanism.originalLocale,
  designatedOn: toApiDate(mechanism.designatedOn),
  designatedYear: mechanism.designatedYear,
  legalBasis: mechanism.legalBasis,
  legalBasisDate: toApiDate(mechanism.legalBasisDate),
  notes: mechanism.notes,
  languages: {
    name: mechanism.nameLocale,
    legalBasis: mechanism.legalBasisLocale,
    notes: mechanism.notesLocale,
  },
  website: mechanism.website,
  email: mechanism.email,
  phone: mechanism.phone,
  address: mechanism.address,
  citations: toApiCitations(mechanism.citations),
  links: {
    self: apiUrl(`/mechanisms/${mechanism.slug}`, { lang }),
    html: pageUrl(lang, `/mechanisms/${mechanism.slug}`),
  },
});

/** GET /api/v1/mechanisms: the directory's list with its filters, in its order. */
export const listApiMechanisms = async (query: z.output<typeof ZApiMechanismListQuerySchema>) => {
  const { lang, page, perPage, ...filters } = query;
  const { mechanisms } = await findMechanisms({ locale: lang, filters });
  return listBody({
    path: '/mechanisms',
    query,
    total: mechanisms.length,
    items: pageOf(mechanisms, { page, perPage }).map((m) => toApiMechanism(m, lang)),
  });
};

/** GET /api/v1/mechanisms/{slug}: one published mechanism. */
export const getApiMechanism = async ({ slug, lang }: { slug: string; lang: AppLocale }) => {
  const mechanism = await getMechanism({ slug, locale: lang });
  return mechanism ? itemBody(toApiMechanism(mechanism, lang), lang) : null;
};
