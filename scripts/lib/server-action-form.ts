const decodeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The hidden fields React renders into a page's first server-action form (in `<main>`), which a
 * browser without JavaScript posts along with the visible ones.
 */
export const hiddenFields = (html: string): [string, string][] => {
  const form = /<main[\s\S]*?<form[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? '';
  return [...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].flatMap(([tag]) => {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? '';
    return name ? [[decodeAttribute(name), decodeAttribute(value)]] : [];
  });
};
