import type { UntcAction } from './untc-page';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const ACTIONS: Record<string, UntcAction> = { '': 'ratification', a: 'accession', d: 'succession' };

/** Thrown for a page the check cannot read; nothing is filed from it. */
export class UntcPageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UntcPageError';
  }
}

/** Non-breaking spaces and tabs as plain spaces, runs collapsed. */
export const cleanText = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * A participants-table cell: "17 Apr 2018 a" → 2018-04-17, accession. Empty: null. Anything else
 * is an error, so a changed page format never passes for "no action".
 */
export const parseUntcDate = (
  cell: string,
  where: string,
): { on: string; by: UntcAction } | null => {
  const text = cleanText(cell);
  if (text === '') return null;
  const match = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})(?: ([ad]))?$/.exec(text);
  const month = match ? MONTHS.indexOf(match[2]!) : -1;
  if (!match || month < 0) throw new UntcPageError(`Unreadable date "${text}" (${where})`);
  const on = `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  const date = new Date(`${on}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== on) {
    throw new UntcPageError(`No such day "${text}" (${where})`);
  }
  return { on, by: ACTIONS[match[4] ?? '']! };
};
