import { z } from 'zod';

import { OpcatStatus, Subregion, TreatyAction } from '@/generated/prisma/enums';

import {
  zCheckbox,
  zEnum,
  zOptionalDate,
  zOptionalEnum,
  zOptionalSlug,
  zOptionalText,
  zSourceLines,
  zVersion,
} from './form-fields';
import { checkTranslations, zTranslations } from './translations';

export const COUNTRY_SORT_KEYS = ['name', 'cat', 'opcat', 'npm'] as const;
export type TCountrySortKey = (typeof COUNTRY_SORT_KEYS)[number];

/** Query string of the countries index. Unknown values fall back to the default order. */
export const ZCountryListQuerySchema = z.object({
  sort: z.enum(COUNTRY_SORT_KEYS).catch('name'),
  dir: z.enum(['asc', 'desc']).catch('asc'),
});

export type TCountryListQuerySchema = z.infer<typeof ZCountryListQuerySchema>;

export const COUNTRY_TRANSLATED_FIELDS = ['name', 'notes'] as const;

const zIsoCode = (length: 2 | 3) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
    z
      .string({ error: 'required' })
      .regex(new RegExp(`^[A-Z]{${length}}$`), { error: 'invalidCode' }),
  );

const ZCountryFields = z.object({
  slug: zOptionalSlug(),
  iso2: zIsoCode(2),
  iso3: zIsoCode(3),
  subregion: zEnum(Subregion),
  federal: zCheckbox(),
  catStatus: zOptionalEnum(OpcatStatus),
  catRatifiedOn: zOptionalDate(),
  catBy: zOptionalEnum(TreatyAction),
  opcatStatus: zEnum(OpcatStatus),
  opcatSignedOn: zOptionalDate(),
  opcatRatifiedOn: zOptionalDate(),
  opcatBy: zOptionalEnum(TreatyAction),
  npmPostponedTo: zOptionalDate(),
  sources: zSourceLines(),
  staffNotes: zOptionalText(20000),
  translations: zTranslations({ name: zOptionalText(200), notes: zOptionalText(5000) }),
});

type CountryFields = Partial<z.infer<typeof ZCountryFields>>;

// Facts that only a State party can have, per treaty: a signatory or a non-party has no date of
// ratification or accession, and no NPM deadline to postpone.
const PARTY_ONLY = {
  catStatus: ['catRatifiedOn', 'catBy'],
  opcatStatus: ['opcatRatifiedOn', 'opcatBy', 'npmPostponedTo'],
} as const;

const checkPartyFacts = (data: CountryFields, ctx: z.RefinementCtx) => {
  for (const [statusField, fields] of Object.entries(PARTY_ONLY)) {
    const status = data[statusField as keyof typeof PARTY_ONLY];
    // An unrecorded CAT status (null) is read as "party" when a date is given.
    if (!status || status === 'PARTY') continue;
    for (const field of fields) {
      if (data[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'requiresParty' });
    }
  }
};

// Countries have no original language: the Spanish name is the reference one.
const checkCountry = (data: CountryFields, ctx: z.RefinementCtx) => {
  checkTranslations(data.translations, 'es', 'name', ctx);
  checkPartyFacts(data, ctx);
};

export const ZCreateCountrySchema = ZCountryFields.superRefine(checkCountry);
export type TCreateCountrySchema = z.infer<typeof ZCreateCountrySchema>;

export const ZUpdateCountrySchema = ZCountryFields.extend({ version: zVersion() }).superRefine(
  checkCountry,
);
export type TUpdateCountrySchema = z.infer<typeof ZUpdateCountrySchema>;
