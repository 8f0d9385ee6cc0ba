/**
 * The start of a long text as one paragraph: whitespace collapsed, cut at a word boundary near
 * `maxLength` with an ellipsis when something was left out.
 */
export const toTextExcerpt = (text: string, maxLength = 1500): string | null => {
  const normalised = text.replace(/\s+/g, ' ').trim();
  if (normalised === '') return null;
  if (normalised.length <= maxLength) return normalised;
  const cut = normalised.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  // Only back off to a space when it is close: a text without spaces is cut mid-word.
  const end = lastSpace > maxLength * 0.8 ? lastSpace : maxLength;
  return `${cut.slice(0, end).trimEnd()}…`;
};
