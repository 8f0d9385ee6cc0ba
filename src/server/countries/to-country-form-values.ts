import type { FormValues } from '@/lib/forms/form-state';
import { dateValue, textValue, translationValues } from '@/lib/forms/form-values';
import { COUNTRY_TRANSLATED_FIELDS } from '@/lib/validation/countries';

import type { CountryForEdit } from './country-type';

export const toCountryFormValues = (country: CountryForEdit): FormValues => ({
  slug: country.slug,
  iso2: country.iso2,
  iso3: country.iso3,
  subregion: country.subregion,
  ...(country.federal ? { federal: 'on' } : {}),
  catStatus: country.catStatus ?? '',
  catRatifiedOn: dateValue(country.catRatifiedOn),
  catBy: country.catBy ?? '',
  opcatStatus: country.opcatStatus,
  opcatSignedOn: dateValue(country.opcatSignedOn),
  opcatRatifiedOn: dateValue(country.opcatRatifiedOn),
  opcatBy: country.opcatBy ?? '',
  npmPostponedTo: dateValue(country.npmPostponedTo),
  sources: country.sources.join('\n'),
  staffNotes: textValue(country.staffNotes),
  ...translationValues(country.translations, COUNTRY_TRANSLATED_FIELDS),
  version: String(country.version),
});
