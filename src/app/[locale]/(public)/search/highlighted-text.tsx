// ts_headline marks matches with control characters 1 (start) and 2 (end), which stored text
// never contains (see the search migration). Splitting on them and rendering <mark> elements
// keeps every character of the database text as plain text: React escapes it.
const START = '\u0001';
const STOP = '\u0002';

export type HighlightedTextProps = { text: string };

/**
 * The text with its matches in <mark> (styled once in globals.css): plain strings and marks side
 * by side, with no wrapper or class per match, as a snippet can hold a dozen.
 */
export const HighlightedText = ({ text }: HighlightedTextProps) =>
  text.split(START).flatMap((part, index) => {
    if (index === 0) return [part.replaceAll(STOP, '')];
    const [marked = '', ...rest] = part.split(STOP);
    return [<mark key={index}>{marked}</mark>, rest.join('')];
  });
