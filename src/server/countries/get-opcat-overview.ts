import 'server-only';

import type { AppLocale } from '@/i18n/routing';

import { findCountries } from './find-countries';

export type GetOpcatOverviewOptions = { locale: AppLocale };

/** The network at a glance: how many states are parties, have an NPM, or are overdue. */
export const getOpcatOverview = async ({ locale }: GetOpcatOverviewOptions) => {
  const countries = await findCountries({ locale });
  const parties = countries.filter((c) => c.opcatStatus === 'PARTY');
  return {
    countryCount: countries.length,
    statesParties: parties.length,
    npmsDesignated: countries.filter((c) => c.npm).length,
    overdue: countries.filter((c) => c.npmOverdue),
    countries,
  };
};
