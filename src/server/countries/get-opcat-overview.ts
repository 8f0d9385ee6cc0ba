import 'server-only';

import type { AppLocale } from '@/i18n/routing';

import { findCountries } from './find-countries';
import { summarizeNpmDeadlines } from './summarize-npm-deadlines';

export type GetOpcatOverviewOptions = { locale: AppLocale };

/**
 * The network at a glance: how many States are parties and have an NPM, and where each stands
 * with its NPM deadline (overdue, unknown, pending, designated late or on time).
 */
export const getOpcatOverview = async ({ locale }: GetOpcatOverviewOptions) => {
  const countries = await findCountries({ locale });
  return {
    countryCount: countries.length,
    statesParties: countries.filter((c) => c.opcat.kind === 'party').length,
    npmsDesignated: countries.filter((c) => c.npm).length,
    deadlines: summarizeNpmDeadlines(countries),
    countries,
  };
};
