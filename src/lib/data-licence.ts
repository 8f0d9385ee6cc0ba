export type DataLicence = {
  /** The SPDX short identifier, as DATA_LICENCE names it. */
  id: string;
  /** How the licence is usually written in a sentence (its own notation). */
  label: string;
  /** The licence's official English title (SPDX full name). */
  name: string;
  url: string;
  /** Whether reusers must credit the source. */
  attribution: boolean;
};

/**
 * The open licences the portal's data can be published under (DATA_LICENCE), by SPDX identifier.
 * Another licence is one entry here, then a value of DATA_LICENCE.
 */
export const DATA_LICENCES = {
  'CC-BY-4.0': {
    id: 'CC-BY-4.0',
    label: 'CC BY 4.0',
    name: 'Creative Commons Attribution 4.0 International',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    attribution: true,
  },
  'CC-BY-SA-4.0': {
    id: 'CC-BY-SA-4.0',
    label: 'CC BY-SA 4.0',
    name: 'Creative Commons Attribution Share Alike 4.0 International',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    attribution: true,
  },
  'CC0-1.0': {
    id: 'CC0-1.0',
    label: 'CC0 1.0',
    name: 'Creative Commons Zero v1.0 Universal',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    attribution: false,
  },
  'ODbL-1.0': {
    id: 'ODbL-1.0',
    label: 'ODbL 1.0',
    name: 'Open Data Commons Open Database License v1.0',
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
    attribution: true,
  },
} as const satisfies Record<string, DataLicence>;

export type TDataLicenceId = keyof typeof DATA_LICENCES;

export const DATA_LICENCE_IDS = Object.keys(DATA_LICENCES) as [TDataLicenceId, ...TDataLicenceId[]];

export const DEFAULT_DATA_LICENCE: TDataLicenceId = 'CC-BY-4.0';
