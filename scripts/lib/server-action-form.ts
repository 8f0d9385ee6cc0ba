const decodeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The hidden fields React renders into a server-action form, which a browser without JavaScript
 * posts along with the visible ones: of the first form in `<main>`, or of the first form there
 * with a field named `withField` (a back-office page also has the sign-out form).
 */
export const hiddenFields = (html: string, withField?: string): [string, string][] => {
  const start = html.indexOf('<main');
  if (start === -1) return [];
  const main = html.slice(start);
  const forms = [...main.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((match) => match[1]!);
  const form = withField
    ? forms.find((markup) => markup.includes(`name="${withField}"`))
    : forms[0];
  return [...(form ?? '').matchAll(/<input[^>]*type="hidden"[^>]*>/g)].flatMap(([tag]) => {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? '';
    return name ? [[decodeAttribute(name), decodeAttribute(value)]] : [];
  });
};
