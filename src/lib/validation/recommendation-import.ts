import { z } from 'zod';

/** The documented columns (README "Importing recommendations"), in the order a template lists them. */
export const IMPORT_COLUMNS = [
  'body',
  'symbol',
  'paragraph',
  'date',
  'source_url',
  'original_language',
  'text_es',
  'text_pt',
  'text_en',
  'position',
  'upr_cycle',
  'recommending_state',
  'countries',
  'themes',
  'mechanisms',
] as const;
export type TImportColumn = (typeof IMPORT_COLUMNS)[number];

export const REQUIRED_IMPORT_COLUMNS = [
  'body',
  'symbol',
  'paragraph',
  'date',
  'source_url',
] as const satisfies readonly TImportColumn[];

/**
 * Other headers accepted for a column, compared lower-case with spaces and hyphens as `_`:
 * headings of OHCHR Universal Human Rights Index and UPR Info spreadsheets as far as we know
 * them (README says which are checked). Index texts are English, so "recommendation" is text_en.
 */
export const IMPORT_HEADER_ALIASES: Record<string, TImportColumn> = {
  mechanism: 'body',
  human_rights_body: 'body',
  document_symbol: 'symbol',
  document: 'symbol',
  paragraph_number: 'paragraph',
  para: 'paragraph',
  document_date: 'date',
  publication_date: 'date',
  source: 'source_url',
  url: 'source_url',
  language: 'original_language',
  recommendation: 'text_en',
  annotation: 'text_en',
  text: 'text_en',
  response: 'position',
  state_position: 'position',
  cycle: 'upr_cycle',
  recommending_states: 'recommending_state',
  state_under_review: 'countries',
  country: 'countries',
  state: 'countries',
  theme: 'themes',
  issues: 'themes',
};

export const normalizeHeader = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const BODY_NAMES: Record<string, string> = {
  upr: 'UPR',
  'universal periodic review': 'UPR',
  cat: 'CAT',
  'committee against torture': 'CAT',
  spt: 'SPT',
  'subcommittee on prevention of torture': 'SPT',
  iachr: 'IACHR',
  cidh: 'IACHR',
  'inter-american commission on human rights': 'IACHR',
  other: 'OTHER',
};

/** "Committee against Torture" → CAT; the SPT's long name also counts. Unknown stays as typed. */
export const normalizeBody = (value: string) => {
  const key = value.trim().toLowerCase();
  if (key.startsWith('subcommittee on prevention of torture')) return 'SPT';
  return BODY_NAMES[key] ?? value.trim().toUpperCase();
};

const POSITION_NAMES: Record<string, string> = {
  '': 'UNKNOWN',
  unknown: 'UNKNOWN',
  supported: 'SUPPORTED',
  accepted: 'SUPPORTED',
  noted: 'NOTED',
  'no position': 'NO_POSITION',
  no_position: 'NO_POSITION',
};

export const normalizePosition = (value: string) =>
  POSITION_NAMES[value.trim().toLowerCase()] ?? value.trim().toUpperCase();

/** "3", "3rd", "Cycle 3" → "3". */
export const normalizeCycle = (value: string) => value.match(/\d+/)?.[0] ?? value.trim();

/** "ARG; URY", "ARG,URY" → ["ARG", "URY"]. */
export const splitList = (value: string) =>
  value
    .split(/[;,|]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** The import form: the file, and whether new recommendations are published at once. */
export const ZImportRecommendationsSchema = z.object({
  mode: z.enum(['dryRun', 'commit']).catch('dryRun'),
  publish: z.preprocess((value) => value === 'on', z.boolean()),
});
export type TImportRecommendationsSchema = z.infer<typeof ZImportRecommendationsSchema>;
