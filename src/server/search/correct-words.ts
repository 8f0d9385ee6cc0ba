/** Lower case without accents: how names are compared. */
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Edit distance counting a swap of two neighbouring letters as one edit. */
const editDistance = (a: string, b: string) => {
  const x = Array.from(a);
  const y = Array.from(b);
  const rows = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[x.length]![y.length]!;
};

/** Typos allowed for a word of this length: short words must be nearly exact. */
const allowedEdits = (length: number) => (length < 4 ? 0 : length < 6 ? 1 : length < 9 ? 2 : 3);

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Replaces each misspelt word of a query by the nearest word of `vocabulary` (words of real
 * names), e.g. "Defensoira del Puebol" → "Defensoría del Pueblo", keeping everything between the
 * words as typed. Returns null when nothing changes: words found as they are (accents and case
 * aside) are never "corrected".
 */
export const correctWords = (text: string, vocabulary: string[]): string | null => {
  const known = new Map<string, string>();
  for (const word of vocabulary) if (!known.has(fold(word))) known.set(fold(word), word);

  let changed = false;
  const corrected = text.replace(WORD, (word) => {
    const folded = fold(word);
    const allowed = allowedEdits(Array.from(folded).length);
    if (allowed === 0 || known.has(folded)) return word;
    let best: { word: string; distance: number } | null = null;
    for (const [candidate, display] of known) {
      const distance = editDistance(folded, candidate);
      if (distance <= allowed && (!best || distance < best.distance))
        best = { word: display, distance };
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? corrected : null;
};
