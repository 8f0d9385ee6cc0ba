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
 * Other headers accepted for a column, compared lower-case with spaces and hyphens as `_`.
 * The OHCHR Universal Human Rights Index's spreadsheet headings (with its own spellings,
 * "Reccomending Body") are as two public projects that parse its exports read them; the other
 * aliases are common wordings, not checked against a file (README). Index texts are English,
 * so "recommendation" and "text" are text_en.
 */
export const IMPORT_HEADER_ALIASES: Record<string, TImportColumn> = {
  reccomending_body: 'body',
  recommending_body: 'body',
  mechanism: 'body',
  human_rights_body: 'body',
  document_symbol: 'symbol',
  document: 'symbol',
  paragraph_number: 'paragraph',
  para: 'paragraph',
  document_publication_date: 'date',
  document_date: 'date',
  publication_date: 'date',
  source: 'source_url',
  url: 'source_url',
  language: 'original_language',
  recommendation: 'text_en',
  annotation: 'text_en',
  text: 'text_en',
  upr_position: 'position',
  response: 'position',
  state_position: 'position',
  cycle: 'upr_cycle',
  upr_reccomending_states: 'recommending_state',
  upr_recommending_states: 'recommending_state',
  recommending_states: 'recommending_state',
  countries_concerned: 'countries',
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

/** The Index writes each value of a cell as a list item: "- CAT". */
const withoutListMark = (value: string) => value.trim().replace(/^-\s*/, '');

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
  const key = withoutListMark(value).toLowerCase();
  if (key.startsWith('subcommittee on prevention of torture')) return 'SPT';
  return BODY_NAMES[key] ?? key.toUpperCase();
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

export const normalizePosition = (value: string) => {
  const key = withoutListMark(value).toLowerCase();
  return POSITION_NAMES[key] ?? key.toUpperCase();
};

/** "3", "3rd", "Cycle 3" → "3". */
export const normalizeCycle = (value: string) => value.match(/\d+/)?.[0] ?? value.trim();

/** "ARG; URY", "ARG,URY", the Index's "- Argentina\n- Uruguay" → ["ARG", "URY"]… */
export const splitList = (value: string) =>
  value
    .split(/[;,|\r\n]/)
    .map(withoutListMark)
    .filter(Boolean);

/** The import form: the file, and whether new recommendations are published at once. */
export const ZImportRecommendationsSchema = z.object({
  mode: z.enum(['dryRun', 'commit']).catch('dryRun'),
  publish: z.preprocess((value) => value === 'on', z.boolean()),
});
export type TImportRecommendationsSchema = z.infer<typeof ZImportRecommendationsSchema>;
