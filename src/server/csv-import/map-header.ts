import { normalizeHeader } from '@/lib/validation/recommendation-import';

/**
 * Header cells → where each documented column is. Headers are compared lower-case with spaces and
 * hyphens as `_`; unknown ones are ignored, and a repeated one counts where it first appears.
 */
export const mapHeader = <C extends string>(
  fields: string[],
  columns: readonly C[],
  aliases: Partial<Record<string, C>> = {},
) => {
  const index = new Map<C, number>();
  fields.forEach((field, i) => {
    const name = normalizeHeader(field);
    const column = (columns as readonly string[]).includes(name) ? (name as C) : aliases[name];
    if (column && !index.has(column)) index.set(column, i);
  });
  return index;
};
