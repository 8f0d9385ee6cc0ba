// ts_headline marks matches with control characters 1 (start) and 2 (end), which stored text
// never contains (see the search migration). Splitting on them and rendering <mark> elements
// keeps every character of the database text as plain text: React escapes it.
const START = '\u0001';
const STOP = '\u0002';

export type HighlightedTextProps = { text: string };

export const HighlightedText = ({ text }: HighlightedTextProps) => (
  <>
    {text.split(START).map((part, index) => {
      if (index === 0) return part.replaceAll(STOP, '');
      const [marked = '', ...rest] = part.split(STOP);
      return (
        <span key={index}>
          <mark className="rounded-sm bg-amber-200 px-0.5 text-inherit">{marked}</mark>
          {rest.join('')}
        </span>
      );
    })}
  </>
);
