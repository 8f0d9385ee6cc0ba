import 'server-only';

import {
  normalizeBody,
  normalizeCycle,
  normalizePosition,
  splitList,
  type TImportColumn,
} from '@/lib/validation/recommendation-import';
import {
  type TCreateRecommendationSchema,
  ZCreateRecommendationSchema,
} from '@/lib/validation/recommendations';

import type { ImportLookups } from './load-import-lookups';

export type ImportRowError = {
  line: number;
  reason: 'invalid' | 'duplicate' | 'unknownCountry' | 'unknownTheme' | 'unknownMechanism';
  /** The column at fault, the unknown value, or the line of the first occurrence. */
  detail: string;
};

export type ImportRowResult =
  { ok: true; data: TCreateRecommendationSchema } | { ok: false; error: ImportRowError };

/** Where a schema issue came from, named as the CSV's column. */
const COLUMN_OF_FIELD: Record<string, TImportColumn> = {
  body: 'body',
  symbol: 'symbol',
  paragraph: 'paragraph',
  issuedOn: 'date',
  sourceUrl: 'source_url',
  originalLocale: 'original_language',
  position: 'position',
  uprCycle: 'upr_cycle',
  recommendingState: 'recommending_state',
};

const columnOf = (path: PropertyKey[]) => {
  if (path[0] === 'translations') return `text_${String(path[1])}`;
  return COLUMN_OF_FIELD[String(path[0])] ?? String(path[0]);
};

const LANGUAGES = ['es', 'pt', 'en'] as const;

/** Ids for a list column; the first unknown value is the row's error. */
const resolve = (values: string[], known: Map<string, string>, normalize = (v: string) => v) => {
  const ids: string[] = [];
  for (const value of values) {
    const id = known.get(normalize(value));
    if (!id) return { unknown: value };
    ids.push(id);
  }
  return { ids };
};

/**
 * One CSV row checked with the editors' own form schema, after turning the export's wording
 * ("Committee against Torture", "Accepted", "3rd") into the form's values.
 */
export const toImportRow = (
  line: number,
  cell: (column: TImportColumn) => string,
  lookups: ImportLookups,
): ImportRowResult => {
  const fail = (reason: ImportRowError['reason'], detail: string): ImportRowResult => ({
    ok: false,
    error: { line, reason, detail },
  });
  const countries = resolve(splitList(cell('countries')), lookups.countries, (v) =>
    v.length === 3 ? v.toUpperCase() : v.toLowerCase(),
  );
  if ('unknown' in countries) return fail('unknownCountry', countries.unknown ?? '');
  const themes = resolve(splitList(cell('themes')), lookups.themes);
  if ('unknown' in themes) return fail('unknownTheme', themes.unknown ?? '');
  const mechanisms = resolve(splitList(cell('mechanisms')), lookups.mechanisms);
  if ('unknown' in mechanisms) return fail('unknownMechanism', mechanisms.unknown ?? '');

  const texts = Object.fromEntries(LANGUAGES.map((l) => [l, { text: cell(`text_${l}`) }]));
  const originalLocale =
    cell('original_language').trim().toLowerCase() ||
    (LANGUAGES.find((l) => cell(`text_${l}`).trim()) ?? '');
  const parsed = ZCreateRecommendationSchema.safeParse({
    body: normalizeBody(cell('body')),
    symbol: cell('symbol'),
    paragraph: cell('paragraph'),
    issuedOn: cell('date'),
    sourceUrl: cell('source_url'),
    originalLocale,
    position: normalizePosition(cell('position')),
    uprCycle: normalizeCycle(cell('upr_cycle')),
    recommendingState: cell('recommending_state'),
    translations: texts,
    countryIds: countries.ids,
    themeIds: themes.ids,
    mechanismIds: mechanisms.ids,
  });
  if (!parsed.success) return fail('invalid', columnOf(parsed.error.issues[0]?.path ?? []));
  return { ok: true, data: parsed.data };
};
