import 'server-only';

/** Search results show about 155–160 characters; sharing cards cut earlier or later. */
const MAX_LENGTH = 200;

/**
 * A text as a page description: on one line, and cut at a word with "…" when longer than about
 * what a search result shows. Empty when the text is.
 */
export const toMetaDescription = (text: string | null | undefined): string => {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  if (line.length <= MAX_LENGTH) return line;
  const cut = line.slice(0, MAX_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  // A last word that starts in the first half is cut rather than dropped.
  if (space < MAX_LENGTH / 2) return `${cut}…`;
  return `${cut.slice(0, space).replace(/[\s,;:.–—-]+$/, '')}…`;
};
