import type { UntcDeclaration, UntcPostponement } from './untc-page';

const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

/**
 * An OPCAT art. 24 declaration ("…declares the postponement of the implementation of its
 * obligations under Part IV … for three years"), or null for any other declaration. Kazakhstan's
 * states no period: `years` stays null rather than assuming the three-year maximum.
 */
export const readPostponement = (declaration: UntcDeclaration): UntcPostponement | null => {
  const { text } = declaration;
  if (!/article\W{0,3}24\b/i.test(text) || !/postpon/i.test(text)) return null;
  const part = /part\s+(IV|4)\b/i.test(text) ? 'IV' : /part\s+(III|3)\b/i.test(text) ? 'III' : null;
  if (!part) return null;
  const period = /\b(\d|one|two|three|four|five)\s+(?:\(\d\)\s+)?years?\b/i.exec(text);
  const word = period?.[1]?.toLowerCase();
  const years = word ? (NUMBERS[word] ?? Number(word)) : null;
  // Montenegro's runs "for two years after the date of the entrance into force"; the others
  // postpone the one-year art. 17 deadline itself.
  const afterEntryIntoForce =
    /years?\s+after\s+the\s+date\s+of\s+the\s+entr(y|ance)\s+into\s+force/i.test(text);
  return {
    ...declaration,
    part,
    years,
    countsFrom: afterEntryIntoForce ? 'entryIntoForce' : 'art17',
  };
};
