import 'server-only';

import { AppError } from '@/server/errors';

export type ResolveSlugOptions = {
  /** What the editor typed, if anything. */
  requested?: string | null;
  /** The current slug, when editing. */
  current?: string;
  /** Text to derive a slug from when none is given (usually the original-language title). */
  source: string;
  isTaken: (slug: string) => Promise<boolean>;
};

export const slugify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '') || 'item';

/** A typed slug must be free; a derived one gets `-2`, `-3`… until it is. */
export const resolveSlug = async ({ requested, current, source, isTaken }: ResolveSlugOptions) => {
  if (requested) {
    if (requested !== current && (await isTaken(requested))) {
      throw new AppError('CONFLICT', 'slugTaken');
    }
    return requested;
  }
  if (current) return current;
  const base = slugify(source);
  for (let n = 1; n < 1000; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  throw new AppError('CONFLICT', 'slugTaken');
};
