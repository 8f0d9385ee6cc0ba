const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Plain text as HTML text. Atom entries carry `type="html"` titles and summaries (the `feed`
 * library's choice), which readers render as markup: a title such as `<b>` must show as written.
 */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
